package org.credence.engine.analysis.attribution;

import java.util.List;
import java.util.Locale;

import org.credence.api.Sentence;
import org.credence.api.Span;
import org.credence.api.Token;

/** A sentence's tokens with their lower-cased words and tags side by side, for pattern matching by index. */
record TaggedSentence(String text, Sentence sentence, String[] words, String[] tags) {

    static TaggedSentence of(String text, Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        String[] words = new String[tokens.size()];
        String[] tags = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).span().in(text).toLowerCase(Locale.ROOT);
            tags[i] = tokens.get(i).tag();
        }
        return new TaggedSentence(text, sentence, words, tags);
    }

    int size() {
        return words.length;
    }

    Span span(int first, int last) {
        List<Token> t = sentence.tokens();
        return new Span(t.get(first).span().start(), t.get(last).span().end());
    }

    String textOf(int first, int last) {
        return span(first, last).in(text);
    }

    boolean is(int i, String tag) {
        return i >= 0 && i < words.length && tags[i].equals(tag);
    }

    boolean word(int i, String w) {
        return i >= 0 && i < words.length && words[i].equals(w);
    }

    boolean isQuote(int i) {
        return i >= 0 && i < words.length && (words[i].equals("\"") || words[i].equals("“") || words[i].equals("”")
                || words[i].equals("''") || words[i].equals("``") || words[i].equals("'"));
    }

    boolean isComma(int i) {
        return word(i, ",");
    }
}
