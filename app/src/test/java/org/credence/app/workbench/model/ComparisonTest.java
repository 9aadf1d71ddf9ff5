package org.credence.app.workbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ComparisonTest {

    record Case(String claim, String other, List<String> shared) {
    }

    static List<Case> cases() {
        return List.of(
                new Case("Activists said 3,000 miners were recruited.", "The ministry denied that any miners were recruited.",
                        List.of("miners", "recruited")),
                new Case("The militia recruited 300 miners.", "Recruitment of 300 miner families was denied.",
                        List.of("recruited", "300", "miners")),
                new Case("Prices rose by 20 percent.", "The weather was cold and wet.", List.of()),
                new Case("The ministry said it was 40,000.", "It was 40000, the ministry said.",
                        List.of("ministry", "40,000")));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void sharedWordsAreTheContentWordsAndFiguresOfTheClaimThatTheOtherSentenceUsesToo(Case c) {
        assertThat(Comparison.sharedWords(c.claim(), c.other())).containsExactlyElementsOf(c.shared());
    }
}
