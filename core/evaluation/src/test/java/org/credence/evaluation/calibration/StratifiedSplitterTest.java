package org.credence.evaluation.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.credence.api.Article;
import org.credence.evaluation.datasets.LabelledArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StratifiedSplitterTest {

    /** n1 credible and n0 fake articles, interleaved the way a real file might order them. */
    static List<LabelledArticle> articles(int credible, int fake) {
        List<LabelledArticle> out = new ArrayList<>();
        for (int i = 0; i < Math.max(credible, fake); i++) {
            if (i < credible) {
                out.add(new LabelledArticle(Article.of("c" + i, "text"), true));
            }
            if (i < fake) {
                out.add(new LabelledArticle(Article.of("f" + i, "text"), false));
            }
        }
        return out;
    }

    private static List<String> ids(List<LabelledArticle> part) {
        return part.stream().map(LabelledArticle::id).toList();
    }

    @ParameterizedTest(name = "{0} credible, {1} fake, holdout {2}: {3} and {4} held back")
    @CsvSource(delimiter = '|', textBlock = """
        # credible | fake | holdout | held-back credible | held-back fake
          100      | 100  | 0.3     | 30                 | 30
          426      | 378  | 0.3     | 128                | 113
          10       | 3    | 0.3     | 3                  | 1
          2        | 2    | 0.5     | 1                  | 1
          2        | 50   | 0.01    | 1                  | 1
          5        | 5    | 0.99    | 4                  | 4
        """)
    void eachLabelKeepsItsShareInBothParts(int credible, int fake, double holdout, int heldCredible, int heldFake) {
        List<LabelledArticle> all = articles(credible, fake);
        Split split = new StratifiedSplitter(holdout, 42).split(all);
        assertThat(Split.credible(split.heldOut())).isEqualTo(heldCredible);
        assertThat(split.heldOut().size() - Split.credible(split.heldOut())).isEqualTo(heldFake);
        assertThat(Split.credible(split.train())).isEqualTo(credible - heldCredible);
        assertThat(split.train().size() - Split.credible(split.train())).isEqualTo(fake - heldFake);
        Set<String> both = new HashSet<>(ids(split.train()));
        both.retainAll(ids(split.heldOut()));
        assertThat(both).as("no article in both parts").isEmpty();
        assertThat(split.train().size() + split.heldOut().size()).isEqualTo(all.size());
    }

    @Test
    void theSameSeedGivesTheSameSplitAndAnotherSeedAnother() {
        List<LabelledArticle> all = articles(60, 40);
        Split first = new StratifiedSplitter(0.3, 42).split(all);
        Split again = new StratifiedSplitter(0.3, 42).split(new ArrayList<>(all));
        Split other = new StratifiedSplitter(0.3, 7).split(all);
        assertThat(ids(again.heldOut())).isEqualTo(ids(first.heldOut()));
        assertThat(ids(again.train())).isEqualTo(ids(first.train()));
        assertThat(ids(other.heldOut())).isNotEqualTo(ids(first.heldOut()));
    }

    @Test
    void thePartsKeepTheInputOrder() {
        List<LabelledArticle> all = articles(30, 30);
        Split split = new StratifiedSplitter(0.3, 42).split(all);
        assertThat(split.train()).isSortedAccordingTo((a, b) -> Integer.compare(all.indexOf(a), all.indexOf(b)));
        assertThat(split.heldOut()).isSortedAccordingTo((a, b) -> Integer.compare(all.indexOf(a), all.indexOf(b)));
    }

    @Test
    void aLabelWithFewerThanTwoArticlesCannotBeSplit() {
        assertThatThrownBy(() -> new StratifiedSplitter(0.3, 42).split(articles(1, 10)))
                .hasMessage("needs at least 2 articles labelled 1, has 1");
    }

    @ParameterizedTest
    @CsvSource({"0", "1", "-0.1", "1.5", "NaN"})
    void theHoldoutIsAShareStrictlyBetweenZeroAndOne(double holdout) {
        assertThatThrownBy(() -> new StratifiedSplitter(holdout, 42)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holdout must be between 0 and 1");
    }
}
