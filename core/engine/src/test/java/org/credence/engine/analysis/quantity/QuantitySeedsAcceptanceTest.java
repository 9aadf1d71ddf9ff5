package org.credence.engine.analysis.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.credence.api.Quantity;
import org.credence.api.Span;
import org.credence.engine.analysis.OpenNlpPipeline;
import org.credence.engine.analysis.TextUnit;
import org.credence.engine.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The figures of the three seed reports in ../shared/seeds, as the quantity extractor reads them: each with its
 * bounds, qualifier and head noun, and no year or duration taken for a figure. Skipped where that folder is absent
 * (and failing instead under CI, which has it: {@link SharedData#require}).
 */
class QuantitySeedsAcceptanceTest {

    /** "file prefix | figure as written | low | high | approximation | kind | noun", one line per figure. */
    private static final List<String> FOUND = new ArrayList<>();
    private static final List<String> YEARS_AND_DURATIONS = new ArrayList<>();

    @BeforeAll
    static void extract() throws IOException {
        Path seeds = SharedData.require("seeds");
        OpenNlpPipeline pipeline = new OpenNlpPipeline();
        QuantityExtractor extractor = new QuantityExtractor();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.sorted().toList()) {
                String text = Files.readString(f);
                String seed = f.getFileName().toString().substring(0, 3);
                List<Quantity> qs = extractor.extract(new TextUnit(text, Span.EMPTY, pipeline.sentences(text, Span.EMPTY)));
                for (Quantity q : qs) {
                    FOUND.add(String.join(" | ", seed, q.span().in(text), number(q.low()), number(q.high()),
                            q.approximation().name(), q.kind().name(), q.noun()));
                    String after = text.substring(q.span().end(), Math.min(text.length(), q.span().end() + 8));
                    if (q.low() >= 1900 && q.low() <= 2100 && q.noun().isEmpty()
                            || after.toLowerCase(Locale.ROOT).matches("^\\s*(years?|months?|weeks?|days?)\\b.*")) {
                        YEARS_AND_DURATIONS.add(seed + ": " + q.span().in(text) + after);
                    }
                }
            }
        }
    }

    private static String number(double d) {
        return String.valueOf((long) d);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            000 | over 40,000            | 40000 | 40000 | AT_LEAST | COUNT | personnel
            000 | nearly 3,000           | 3000  | 3000  | NEARLY   | COUNT | americans
            000 | more than 40,000       | 40000 | 40000 | AT_LEAST | COUNT | fighters
            000 | from $200 to $300      | 200   | 300   | RANGE    | MONEY |
            001 | 40,000                 | 40000 | 40000 | EXACT    | COUNT | syrians
            001 | more than 40,000       | 40000 | 40000 | AT_LEAST | COUNT | fighters
            004 | more than 16,000       | 16000 | 16000 | AT_LEAST | COUNT | applicants
            004 | $200-$300              | 200   | 300   | RANGE    | MONEY |
            004 | nearly 20,000          | 20000 | 20000 | NEARLY   | COUNT | forces
            004 | Nearly 3,000-4,000     | 3000  | 4000  | RANGE    | COUNT | soldiers
            004 | nearly 3,000           | 3000  | 3000  | NEARLY   | COUNT | fighters
            """)
    void eachSeedFigureIsFoundWithItsBoundsQualifierAndNoun(String seed, String figure, String low, String high,
                                                            String approximation, String kind, String noun) {
        assertThat(FOUND).contains(String.join(" | ", seed, figure, low, high, approximation, kind,
                noun == null ? "" : noun));
    }

    @Test
    void everySeedHasFiguresAndNoYearOrDurationIsTakenForOne() {
        assertThat(FOUND).extracting(line -> line.substring(0, 3)).contains("000", "001", "004");
        assertThat(FOUND).hasSizeBetween(11, 20);
        // the seeds name 2015, 2017 and 2022 and "six months": none of them counts anything
        assertThat(YEARS_AND_DURATIONS).isEmpty();
    }
}
