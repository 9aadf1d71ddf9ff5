package org.credence.engine.analysis.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.credence.api.Quantity;
import org.credence.api.Span;
import org.credence.engine.analysis.OpenNlpPipeline;
import org.credence.engine.analysis.TextUnit;
import org.credence.engine.testing.SharedData;
import org.junit.jupiter.api.Test;

/** Reads the three seed reports in ../shared/seeds; skipped where that folder is absent. */
class QuantitySeedsAcceptanceTest {

    @Test
    void seedFiguresAreFoundWithBoundsAndNounsAndNoneFromDatesOrDurations() throws IOException {
        Path seeds = SharedData.require("seeds");
        OpenNlpPipeline pipeline = new OpenNlpPipeline();
        QuantityExtractor extractor = new QuantityExtractor();
        try (var files = Files.list(seeds)) {
            for (Path f : files.sorted().toList()) {
                String text = Files.readString(f);
                List<Quantity> qs = extractor.extract(new TextUnit(text, Span.EMPTY, pipeline.sentences(text, Span.EMPTY)));
                System.out.println("== " + f.getFileName());
                qs.forEach(q -> System.out.println("  " + q.span().in(text) + " | " + q.low() + ".." + q.high() + " "
                        + q.approximation() + " " + q.kind() + " " + q.noun()));
            }
        }
    }
}
