package org.credence.engine.analysis.cue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.credence.engine.analysis.text.TokenText;
import org.credence.engine.analysis.text.WordForms;

/**
 * The phrases a learned cue model looks at ("may", "no evidence", "whether or not"), found in a sentence longest
 * first and without overlaps. Each token costs one hash of its characters and one probe of a table of primitives;
 * strings are built only where a phrase's first word stands.
 */
public final class CandidatePhrases {

    /** A phrase found at tokens {@code first..last}. */
    public record Found(String phrase, int first, int last) {
    }

    private final long[] keys;
    private final List<List<String[]>> byFirst = new ArrayList<>();
    private final int[] slots;
    private final int mask;

    public CandidatePhrases(Collection<String> phrases) {
        Map<String, List<String[]>> grouped = new HashMap<>();
        for (String p : phrases) {
            String[] words = TokenText.words(p);
            if (words.length > 0) {
                grouped.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
            }
        }
        int capacity = Integer.highestOneBit(Math.max(4, grouped.size() * 2 - 1)) << 1;
        keys = new long[capacity];
        slots = new int[capacity];
        mask = capacity - 1;
        grouped.keySet().stream().sorted().forEach(first -> {
            List<String[]> list = grouped.get(first);
            list.sort(Comparator.comparingInt((String[] w) -> w.length).reversed());
            long key = hash(first);
            int i = (int) key & mask;
            while (keys[i] != 0) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            slots[i] = byFirst.size();
            byFirst.add(list);
        });
    }

    /** @return the phrases in the sentence, left to right, the longest at each place */
    public List<Found> find(WordForms words) {
        List<Found> out = null;
        int n = words.size();
        StringBuilder form = new StringBuilder(16);
        for (int i = 0; i < n; i++) {
            form.setLength(0);
            words.append(form, i);
            List<String[]> candidates = lookUp(hash(form));
            if (candidates == null) {
                continue;
            }
            for (String[] phrase : candidates) {
                if (phrase[0].contentEquals(form) && i + phrase.length <= n && rest(words, phrase, i)) {
                    if (out == null) {
                        out = new ArrayList<>(2);
                    }
                    out.add(new Found(String.join(" ", phrase), i, i + phrase.length - 1));
                    i += phrase.length - 1;
                    break;
                }
            }
        }
        return out == null ? List.of() : out;
    }

    private static boolean rest(WordForms words, String[] phrase, int at) {
        for (int k = 1; k < phrase.length; k++) {
            if (!words.is(at + k, phrase[k])) {
                return false;
            }
        }
        return true;
    }

    private List<String[]> lookUp(long key) {
        for (int i = (int) key & mask; keys[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return byFirst.get(slots[i]);
            }
        }
        return null;
    }

    private static long hash(CharSequence s) {
        long h = org.credence.engine.model.FeatureHash.of(s);
        return h == 0 ? 1 : h;
    }
}
