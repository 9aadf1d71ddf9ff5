package org.credence.evaluation.crossval;

import java.util.Locale;

/**
 * A sentence reduced to its lower-case letters and digits, single-spaced: two data sets that took the same sentence
 * from the same debate transcript (ClaimBuster and CheckThat! both did) give the same key even where their
 * punctuation, quotes or spacing differ. Used to keep what is measured out of what is trained on.
 */
public final class TextKey {

    private TextKey() {
    }

    public static String of(String sentence) {
        StringBuilder out = new StringBuilder(sentence.length());
        boolean space = false;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(Character.toLowerCase(c));
            } else {
                space = true;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
