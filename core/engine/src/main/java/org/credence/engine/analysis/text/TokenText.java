package org.credence.engine.analysis.text;

import java.util.Locale;
import java.util.regex.Pattern;

/** Splits a lexicon phrase into the words the tokenizer would make of it, so phrases and tokens compare equal. */
public final class TokenText {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TokenText() {
    }

    /** The lower-cased words of a phrase; "n't" and "'s" stand apart as the tokenizer puts them. */
    public static String[] words(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT).strip()
                .replace("n't", " n't").replace("'s", " 's").replace(",", " ,");
        return p.isEmpty() ? new String[0] : SPACES.split(p);
    }
}
