package org.credence.evaluation.crossval;

import java.util.Locale;

import org.credence.engine.training.CheckWorthinessTrainer;

/**
 * A sentence reduced to its lower-case letters and digits, single-spaced: two data sets that took the same sentence
 * from the same debate transcript (ClaimBuster and CheckThat! both did) give the same key even where their
 * punctuation, quotes or spacing differ. Used to keep what is measured out of what is trained on.
 */
public final class TextKey {

    private TextKey() {
    }

    public static String of(String sentence) {
        return CheckWorthinessTrainer.sameWords(sentence).toLowerCase(Locale.ROOT);
    }
}
