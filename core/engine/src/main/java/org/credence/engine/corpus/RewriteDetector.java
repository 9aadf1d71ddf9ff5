package org.credence.engine.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Finds pairs of articles where one rewrites the other sentence by sentence ({@link SentenceAlignment}). Aligning
 * every pair would grow with the square of the corpus, so candidates come first from an index of sampled phrases:
 * two articles are aligned only when they share {@value #CANDIDATE_PHRASES} sampled phrases that few articles use.
 */
final class RewriteDetector {

    /** Sampled phrases two articles must share before they are aligned. */
    static final int CANDIDATE_PHRASES = 2;
    /** A phrase used by more articles than this is common wording ("said in a statement"), not a sign of copying. */
    private static final int COMMON_PHRASE = 50;

    /** Visits each sampled phrase used by two or more articles, with those articles (sorted) in articles[from, to). */
    @FunctionalInterface
    interface RunVisitor {
        void visit(int phrase, int[] articles, int from, int to);
    }

    /**
     * Sorts (phrase, article) pairs packed in longs, a compact index even for a large corpus, and visits each run
     * of one phrase.
     */
    static void forEachRun(int[][] sampled, RunVisitor visitor) {
        int total = 0;
        for (int[] s : sampled) {
            total += s.length;
        }
        long[] entries = new long[total];
        int k = 0;
        for (int i = 0; i < sampled.length; i++) {
            for (int p : sampled[i]) {
                entries[k++] = ((long) p << 32) | i;
            }
        }
        java.util.Arrays.sort(entries);
        int[] articles = new int[total];
        for (int e = 0; e < total; e++) {
            articles[e] = (int) entries[e];
        }
        int from = 0;
        while (from < total) {
            int phrase = (int) (entries[from] >> 32);
            int to = from + 1;
            while (to < total && (int) (entries[to] >> 32) == phrase) {
                to++;
            }
            if (to - from >= 2) {
                visitor.visit(phrase, articles, from, to);
            }
            from = to;
        }
    }

    /**
     * How many origins use each sampled phrase that two or more use; a phrase absent from the map is used by one.
     * Exact copies of one article count once, so that an article loaded twice does not halve its phrases' weight.
     *
     * @param origin each article's origin, as an index (the first article of its group of copies found so far)
     */
    static Map<Integer, Integer> originsUsing(int[][] sampled, int[] origin) {
        Map<Integer, Integer> out = new HashMap<>();
        forEachRun(sampled, (phrase, articles, from, to) -> {
            int distinct = 0;
            int[] seen = new int[to - from];
            for (int x = from; x < to; x++) {
                int o = origin[articles[x]];
                boolean known = false;
                for (int k = 0; k < distinct && !known; k++) {
                    known = seen[k] == o;
                }
                if (!known) {
                    seen[distinct++] = o;
                }
            }
            if (distinct >= 2) {
                out.put(phrase, distinct);
            }
        });
        return out;
    }

    /** A pair found to be a rewrite, with its alignment. */
    record Found(int first, int second, SentenceAlignment.Result alignment) {
    }

    /**
     * @param sampled  each article's sampled phrases ({@link SentenceAlignment#sampledPhrases})
     * @param joined   whether two articles are already known to be copies (they are not aligned again here)
     * @param features each article's sentence features, computed when a candidate needs them
     * @param weight   what a shared sampled phrase counts for ({@link SentenceAlignment#align})
     * @return the rewrites, ordered by first then second article
     */
    List<Found> find(int[][] sampled, java.util.function.BiPredicate<Integer, Integer> joined,
                     IntFunction<SentenceAlignment.Features> features, java.util.function.IntToDoubleFunction weight) {
        Map<Long, Integer> shared = new HashMap<>();
        forEachRun(sampled, (phrase, articles, from, to) -> {
            if (to - from > COMMON_PHRASE) {
                return;
            }
            for (int x = from; x < to; x++) {
                for (int y = x + 1; y < to; y++) {
                    shared.merge(((long) articles[x] << 32) | articles[y], 1, Integer::sum);
                }
            }
        });
        long[] candidates = shared.entrySet().stream().filter(e -> e.getValue() >= CANDIDATE_PHRASES)
                .mapToLong(Map.Entry::getKey).sorted().toArray();
        List<Found> out = new ArrayList<>();
        for (long pair : candidates) {
            int i = (int) (pair >>> 32);
            int j = (int) pair;
            if (joined.test(i, j)) {
                continue;
            }
            SentenceAlignment.Result r = SentenceAlignment.align(features.apply(i), features.apply(j), weight);
            if (r.isRewrite()) {
                out.add(new Found(i, j, r));
            }
        }
        return out;
    }
}
