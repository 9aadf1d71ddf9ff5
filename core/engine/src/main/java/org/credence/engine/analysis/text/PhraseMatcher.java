package org.credence.engine.analysis.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.credence.api.Sentence;
import org.credence.api.Span;
import org.credence.api.Token;

/**
 * Finds lexicon phrases in tokenised sentences on whole-token boundaries, case-insensitively, the longest phrase first,
 * without overlaps. Phrases are indexed by their first word, so matching costs about one map look-up per token.
 *
 * @param <L> the label a phrase carries (a cue type, a source kind)
 */
public final class PhraseMatcher<L> {

    private final Map<String, List<Entry<L>>> byFirstWord = new HashMap<>();

    /** A phrase found: its span in the text, its label and the phrase as listed. */
    public record Match<L>(Span span, L label, String phrase, int firstToken, int lastToken) {
    }

    private record Entry<L>(String[] words, L label, String phrase) {
    }

    /** Adds a phrase with its label; a later phrase with the same words replaces none, both are kept. */
    public PhraseMatcher<L> add(String phrase, L label) {
        String[] words = TokenText.words(phrase);
        if (words.length > 0) {
            byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Entry<>(words, label, phrase));
            byFirstWord.get(words[0]).sort(Comparator.comparingInt((Entry<L> e) -> e.words().length).reversed());
        }
        return this;
    }

    /** All non-overlapping matches in a sentence, left to right. */
    public List<Match<L>> find(String text, Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).span().in(text).toLowerCase(Locale.ROOT);
        }
        List<Match<L>> out = new ArrayList<>();
        int i = 0;
        while (i < words.length) {
            Optional<Match<L>> m = matchAt(text, tokens, words, i);
            if (m.isPresent()) {
                out.add(m.get());
                i = m.get().lastToken() + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /** The longest phrase starting at token {@code i}, if any. */
    public Optional<Match<L>> matchAt(String text, List<Token> tokens, String[] words, int i) {
        List<Entry<L>> candidates = byFirstWord.get(words[i]);
        if (candidates == null) {
            return Optional.empty();
        }
        for (Entry<L> e : candidates) {
            int n = e.words().length;
            if (i + n > words.length) {
                continue;
            }
            boolean all = true;
            for (int k = 1; k < n && all; k++) {
                all = words[i + k].equals(e.words()[k]);
            }
            if (all) {
                Span span = new Span(tokens.get(i).span().start(), tokens.get(i + n - 1).span().end());
                return Optional.of(new Match<>(span, e.label(), e.phrase(), i, i + n - 1));
            }
        }
        return Optional.empty();
    }
}
