package org.credence.engine.corpus.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SortedKeysTest {

    /** Article 0 has keys 7 and -3, article 1 has 7, article 2 has none, article 3 has -3 and 12. */
    private static final long[] INDEX = SortedKeys.index(new int[][] {{7, -3}, {7}, {}, {12, -3}});

    /** The articles filed under a key, as a rule finds them: from the lower bound while the key holds. */
    private static List<Integer> articlesUnder(int key) {
        List<Integer> out = new ArrayList<>();
        for (int at = SortedKeys.lowerBound(INDEX, (long) key << 32); at < INDEX.length && (int) (INDEX[at] >> 32) == key;
             at++) {
            out.add((int) INDEX[at]);
        }
        return out;
    }

    @Test
    void theIndexHoldsEveryKeyOfEveryArticleOnceSortedByKeyThenArticle() {
        assertThat(INDEX).hasSize(5).isSorted();
        assertThat(articlesUnder(-3)).containsExactly(0, 3);
        assertThat(articlesUnder(7)).containsExactly(0, 1);
        assertThat(articlesUnder(12)).containsExactly(3);
    }

    @ParameterizedTest(name = "key {0}: no article")
    @CsvSource({"-4", "0", "8", "13", "2147483647", "-2147483648"})
    void aKeyNoArticleHasFindsNone(int key) {
        assertThat(articlesUnder(key)).isEmpty();
    }

    @Test
    void anEmptyIndexHasNothingToFind() {
        long[] empty = SortedKeys.index(new int[][] {{}, {}});
        assertThat(empty).isEmpty();
        assertThat(SortedKeys.lowerBound(empty, 5L << 32)).isZero();
    }
}
