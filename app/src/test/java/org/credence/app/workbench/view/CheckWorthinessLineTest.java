package org.credence.app.workbench.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.credence.api.Claim;
import org.credence.api.Span;
import org.junit.jupiter.api.Test;

class CheckWorthinessLineTest {

    private static Claim claim(double worthiness, List<String> reasons) {
        return new Claim("a#0", "a", 0, new Span(0, 10), worthiness, List.of(), List.of(), List.of(), reasons);
    }

    @Test
    void theExplanationShowsTheNumberWithItsStrongestReasonsInOrder() {
        assertThat(ExplanationView.checkWorthiness(claim(0.8234, List.of("states a figure", "names a source"))))
                .isEqualTo("Check-worthiness 0.82: states a figure, names a source");
    }

    @Test
    void aClaimWithoutReasonsShowsTheNumberAlone() {
        assertThat(ExplanationView.checkWorthiness(claim(0.5, List.of()))).isEqualTo("Check-worthiness 0.50");
    }
}
