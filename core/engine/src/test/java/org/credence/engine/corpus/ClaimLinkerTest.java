package org.credence.engine.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.credence.api.Approximation;
import org.credence.api.Quantity;
import org.credence.api.QuantityKind;
import org.credence.api.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimLinkerTest {

    private static Quantity q(double low, double high, Approximation a) {
        return new Quantity(new Span(0, 1), new Span(0, 1), low, high, a, QuantityKind.COUNT, "", "", Span.EMPTY);
    }

    private static ClaimLinker.Figure figure(Quantity q) {
        return new ClaimLinker.Figure("a", "a#1", "fighters/COUNT", "fighters", q.approximation(), q.value(), q.low(),
                q.high(), new int[0], new int[0], false, new int[0]);
    }

    @ParameterizedTest(name = "{0}..{1} {2} vs {3}..{4} {5} agree: {6}")
    @CsvSource(textBlock = """
        40000, 40000, AT_LEAST, 40000, 40000, EXACT,    true
        40000, 40000, AT_LEAST, 16000, 16000, AT_LEAST, false
        3000,  3000,  NEARLY,   3000,  4000,  RANGE,    true
        40000, 40000, EXACT,    3000,  3000,  NEARLY,   false
        2000,  2000,  ABOUT,    2200,  2200,  EXACT,    true
        2000,  2000,  ABOUT,    2500,  2500,  EXACT,    false
        """)
    void figuresAgreeWithinTheToleranceOrWhenRangesOverlap(double l1, double h1, Approximation a1, double l2, double h2,
                                                          Approximation a2, boolean agree) {
        assertThat(ClaimLinker.agree(figure(q(l1, h1, a1)), figure(q(l2, h2, a2)))).isEqualTo(agree);
    }
}
