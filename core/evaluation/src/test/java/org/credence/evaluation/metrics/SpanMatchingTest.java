package org.credence.evaluation.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.credence.api.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpanMatchingTest {

    private static final String TEXT = "The minister, Ana Ruiz, said on Monday that \"prices will fall\", aides told reporters.";

    /** Spans are written as the text they cover; the first occurrence in TEXT is meant. */
    @ParameterizedTest(name = "predicted [{0}] gold [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            Ana Ruiz                 | Ana Ruiz              | 1 | 0 | 0 | 1 | 0 | 0
            'Ana Ruiz,'              | Ana Ruiz              | 1 | 0 | 0 | 1 | 0 | 0
            The minister             | The minister, Ana Ruiz| 0 | 1 | 1 | 1 | 0 | 0
            Ruiz                     | Ana Ruiz              | 0 | 1 | 1 | 1 | 0 | 0
            aides                    | Ana Ruiz              | 0 | 1 | 1 | 0 | 1 | 1
            Ana Ruiz;aides           | Ana Ruiz              | 1 | 1 | 0 | 1 | 1 | 0
            Ana Ruiz;Ana Ruiz        | Ana Ruiz              | 1 | 0 | 0 | 1 | 0 | 0
            The minister;Ana Ruiz    | The minister, Ana Ruiz| 0 | 2 | 1 | 1 | 1 | 0
            """)
    void matchingIsOneToOneExactAfterTrimmingOrOverlapping(String predicted, String gold, int exactTp, int exactFp,
                                                            int exactFn, int overlapTp, int overlapFp, int overlapFn) {
        List<Span> p = spans(predicted);
        List<Span> g = spans(gold);
        assertThat(SpanMatching.exact(TEXT, p, g)).isEqualTo(new Counts(exactTp, exactFp, exactFn));
        assertThat(SpanMatching.overlapping(TEXT, p, g)).isEqualTo(new Counts(overlapTp, overlapFp, overlapFn));
    }

    private static List<Span> spans(String phrases) {
        return Arrays.stream(phrases.split(";")).map(phrase -> {
            int at = TEXT.indexOf(phrase);
            if (at < 0) {
                throw new IllegalArgumentException(phrase);
            }
            return new Span(at, at + phrase.length());
        }).toList();
    }
}
