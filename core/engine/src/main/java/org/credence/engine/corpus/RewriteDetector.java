package org.credence.engine.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** The sampled phrases' hashes of each article, as {@link #forEachRun} and {@link #originsUsing} take them. */
    static int[][] hashes(SentenceAlignment.SampledPhrases[] sampled) {
        int[][] out = new int[sampled.length][];
        for (int i = 0; i < sampled.length; i++) {
            out[i] = sampled[i].hashes();
        }
        return out;
    }

    /**
     * Candidates come from the phrase index; a candidate is aligned only when the phrases it shares could reach the
     * share of wording a rewrite repeats ({@link SentenceAlignment#ALIGNED_SHARE}). That bound is exact, so skipping
     * is never a different answer, only a faster one: aligning is what costs (a table of every sentence pair), and
     * in a large corpus most pairs that share two rare phrases are reports of one event, far from a rewrite.
     *
     * @param sampled  each article's sampled phrases ({@link SentenceAlignment#sampledPhrases})
     * @param joined   whether two articles are already known to be copies (they are not aligned again here)
     * @param features the sentence features of the articles asked for, fetched once for every candidate
     * @param weight   what a shared sampled phrase counts for ({@link SentenceAlignment#align})
     * @return the rewrites, ordered by first then second article
     */
    List<Found> find(SentenceAlignment.SampledPhrases[] sampled, java.util.function.BiPredicate<Integer, Integer> joined,
                     FeatureSource features, java.util.function.IntToDoubleFunction weight) {
        int[][] hashes = hashes(sampled);
        // what the phrases too common to index (COMMON_PHRASE) can add at most to any pair with the article
        double[] commonWeight = new double[sampled.length];
        Map<Long, double[]> shared = new HashMap<>();   // pair -> {rare phrases shared, their weight}
        forEachRun(hashes, (phrase, articles, from, to) -> {
            double w = weight.applyAsDouble(phrase);
            if (to - from > COMMON_PHRASE) {
                for (int x = from; x < to; x++) {
                    commonWeight[articles[x]] += w;
                }
                return;
            }
            for (int x = from; x < to; x++) {
                for (int y = x + 1; y < to; y++) {
                    double[] c = shared.computeIfAbsent(((long) articles[x] << 32) | articles[y], k -> new double[2]);
                    c[0]++;
                    c[1] += w;
                }
            }
        });
        long[] candidates = shared.entrySet().stream()
                .filter(e -> e.getValue()[0] >= CANDIDATE_PHRASES && canReachShare(sampled, commonWeight, e.getKey(),
                        e.getValue()[1]))
                .mapToLong(Map.Entry::getKey)
                .filter(pair -> !joined.test((int) (pair >>> 32), (int) pair))
                .sorted().toArray();
        java.util.Set<Integer> needed = new java.util.TreeSet<>();
        for (long pair : candidates) {
            needed.add((int) (pair >>> 32));
            needed.add((int) pair);
        }
        Map<Integer, SentenceAlignment.Features> fetched = needed.isEmpty() ? Map.of() : features.fetch(needed);
        List<Found> out = new ArrayList<>();
        for (long pair : candidates) {
            int i = (int) (pair >>> 32);
            int j = (int) pair;
            SentenceAlignment.Result r = SentenceAlignment.align(fetched.get(i), fetched.get(j), weight);
            if (r.isRewrite()) {
                out.add(new Found(i, j, r));
            }
        }
        return out;
    }

    /**
     * Whether an alignment of the pair could repeat {@link SentenceAlignment#ALIGNED_SHARE} of the sampled phrases of
     * the article with fewer: each aligned pair of sentences counts the sampled phrases both hold, so a phrase counts
     * at most as often as the fewer sentences that hold it, never more than either article's most repeated phrase.
     */
    private static boolean canReachShare(SentenceAlignment.SampledPhrases[] sampled, double[] commonWeight, long pair,
                                         double rareWeight) {
        SentenceAlignment.SampledPhrases a = sampled[(int) (pair >>> 32)];
        SentenceAlignment.SampledPhrases b = sampled[(int) pair];
        int i = (int) (pair >>> 32);
        int j = (int) pair;
        double most = Math.min(a.maxRepeat(), b.maxRepeat())
                * (rareWeight + Math.min(commonWeight[i], commonWeight[j]));
        int fewer = Math.max(1, Math.min(a.count(), b.count()));
        return most / fewer >= Math.min(SentenceAlignment.ALIGNED_SHARE, SentenceAlignment.REWRITE_SHARE) - 1e-9;
    }
}
