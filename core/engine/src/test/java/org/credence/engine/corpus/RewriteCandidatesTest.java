package org.credence.engine.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * Rewrite candidates are counted article by article from the phrase index: pairs that share two phrases or more are
 * aligned, pairs that share one are not, and phrase hashes at the ends of the int range are indexed like any other.
 */
class RewriteCandidatesTest {

    private static SentenceAlignment.SampledPhrases phrases(int... hashes) {
        return new SentenceAlignment.SampledPhrases(hashes, hashes.length, 1);
    }

    private static SentenceAlignment.Features features(int... phrases) {
        return new SentenceAlignment.Features(new int[] {1}, new int[][] {phrases}, new int[][] {phrases},
                phrases.length);
    }

    @Test
    void onlyPairsSharingTwoPhrasesAreAlignedWhateverTheirHashes() {
        int[] shared = {Integer.MIN_VALUE, -1, 0, Integer.MAX_VALUE};
        SentenceAlignment.SampledPhrases[] sampled = {
            phrases(shared), phrases(shared), phrases(7, Integer.MAX_VALUE), phrases(5, 9)};
        Set<Integer> fetched = new TreeSet<>();
        new RewriteDetector().find(sampled, (i, j) -> false, wanted -> {
            fetched.addAll(wanted);
            Map<Integer, SentenceAlignment.Features> out = new HashMap<>();
            wanted.forEach(i -> out.put(i, features(sampled[i].hashes())));
            return out;
        }, p -> 1.0);
        assertThat(fetched).containsExactly(0, 1);
    }

    @Test
    void phraseUseCountsOriginsAndTakesAPhraseItDoesNotKnowForOneUse() {
        int[][] sampled = {{Integer.MIN_VALUE, 3, Integer.MAX_VALUE}, {3, Integer.MAX_VALUE}, {3}};
        RewriteDetector.PhraseUse use = RewriteDetector.originsUsing(sampled, new int[] {0, 1, 1});
        assertThat(use.origins(3)).as("articles 1 and 2 are one origin").isEqualTo(2);
        assertThat(use.origins(Integer.MAX_VALUE)).isEqualTo(2);
        assertThat(use.origins(Integer.MIN_VALUE)).isEqualTo(1);
        assertThat(use.origins(42)).isEqualTo(1);
    }
}
