package org.credence.engine.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.credence.api.Attribution;
import org.credence.api.Quantity;
import org.credence.api.Span;
import org.credence.engine.analysis.OpenNlpPipeline;
import org.credence.engine.analysis.TextUnit;
import org.credence.engine.analysis.attribution.AttributionExtractor;
import org.credence.engine.analysis.quantity.QuantityExtractor;
import org.credence.engine.lexicon.Lexicons;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer fuzz targets for the extractors. In the normal test run the seed inputs in src/test/resources run as
 * regression tests; `JAZZER_FUZZ=1 ./mvnw -pl core/engine test -Dtest=ExtractorFuzzTest` fuzzes (docs/security.md).
 * Whatever the text, an extractor must not throw and must return spans inside it.
 */
class ExtractorFuzzTest {

    private static final OpenNlpPipeline PIPELINE = new OpenNlpPipeline();
    private static final QuantityExtractor QUANTITIES = new QuantityExtractor();
    private static final AttributionExtractor ATTRIBUTIONS = new AttributionExtractor(Lexicons.defaults());

    private static TextUnit unit(String text) {
        return new TextUnit(text, Span.EMPTY, PIPELINE.sentences(text, Span.EMPTY));
    }

    @FuzzTest(maxDuration = "30s")
    void quantitiesStayInsideTheTextWithOrderedBounds(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        List<Quantity> found = QUANTITIES.extract(unit(text));
        for (Quantity q : found) {
            assertThat(q.span().fitsIn(text.length())).isTrue();
            assertThat(q.nounSpan().fitsIn(text.length())).isTrue();
            assertThat(q.low()).isLessThanOrEqualTo(q.high());
        }
    }

    @FuzzTest(maxDuration = "30s")
    void attributionsStayInsideTheText(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        for (Attribution a : ATTRIBUTIONS.extract(unit(text))) {
            assertThat(a.source().fitsIn(text.length())).isTrue();
            assertThat(a.cue().fitsIn(text.length())).isTrue();
            assertThat(a.content().fitsIn(text.length())).isTrue();
        }
    }
}
