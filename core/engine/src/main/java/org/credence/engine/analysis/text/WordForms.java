package org.credence.engine.analysis.text;

import java.util.List;

import org.credence.api.Sentence;
import org.credence.api.Token;
import org.credence.engine.analysis.TokenList;

/**
 * A sentence's tokens as the learned models see them: lower-cased, every digit written as 0 ("2,016" becomes
 * "0,000"), so that one weight covers all figures of a shape. Appended to a builder straight from the text, so
 * that feature names cost no string per token.
 */
public final class WordForms {

    private final String text;
    private final int[] starts;
    private final int[] ends;

    public WordForms(String text, Sentence sentence) {
        this.text = text;
        List<Token> tokens = sentence.tokens();
        int n = tokens.size();
        starts = new int[n];
        ends = new int[n];
        if (tokens instanceof TokenList list) {
            for (int i = 0; i < n; i++) {
                starts[i] = list.start(i);
                ends[i] = list.end(i);
            }
        } else {
            for (int i = 0; i < n; i++) {
                starts[i] = tokens.get(i).span().start();
                ends[i] = tokens.get(i).span().end();
            }
        }
    }

    public int size() {
        return starts.length;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    /** Appends token {@code i}'s form. */
    public StringBuilder append(StringBuilder out, int i) {
        for (int c = starts[i]; c < ends[i]; c++) {
            char ch = text.charAt(c);
            out.append(Character.isDigit(ch) ? '0' : Character.toLowerCase(ch));
        }
        return out;
    }

    /** Appends the last {@code letters} characters of token {@code i}'s form (all of it when shorter). */
    public StringBuilder appendEnding(StringBuilder out, int i, int letters) {
        for (int c = Math.max(starts[i], ends[i] - letters); c < ends[i]; c++) {
            char ch = text.charAt(c);
            out.append(Character.isDigit(ch) ? '0' : Character.toLowerCase(ch));
        }
        return out;
    }

    /** @return token {@code i}'s form as a string */
    public String form(int i) {
        return append(new StringBuilder(ends[i] - starts[i]), i).toString();
    }

    /** @return true when token {@code i}'s form equals {@code word} (lower case, digits as 0), building nothing */
    public boolean is(int i, String word) {
        int len = ends[i] - starts[i];
        if (len != word.length()) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            char ch = text.charAt(starts[i] + k);
            char f = Character.isDigit(ch) ? '0' : Character.toLowerCase(ch);
            if (f != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** @return true when token {@code i} holds a digit */
    public boolean hasDigit(int i) {
        for (int c = starts[i]; c < ends[i]; c++) {
            if (Character.isDigit(text.charAt(c))) {
                return true;
            }
        }
        return false;
    }

    /** @return true when token {@code i} starts with an upper-case letter */
    public boolean capitalised(int i) {
        return ends[i] > starts[i] && Character.isUpperCase(text.charAt(starts[i]));
    }

    /** @return true when token {@code i} holds a letter or a digit */
    public boolean isWord(int i) {
        for (int c = starts[i]; c < ends[i]; c++) {
            if (Character.isLetterOrDigit(text.charAt(c))) {
                return true;
            }
        }
        return false;
    }
}
