package org.credence.engine.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.credence.engine.corpus.story.SortedKeys;

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
        long[] entries = SortedKeys.index(sampled);
        int total = entries.length;
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
     * How many origins use each sampled phrase that two or more use; a phrase absent from the table is used by one.
     * Exact copies of one article count once, so that an article loaded twice does not halve its phrases' weight.
     *
     * @param origin each article's origin, as an index (the first article of its group of copies found so far)
     */
    static PhraseUse originsUsing(int[][] sampled, int[] origin) {
        PhraseUse.Builder out = new PhraseUse.Builder();
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
                out.add(phrase, distinct);
            }
        });
        return out.build();
    }

    /**
     * How many origins use each phrase, for the phrases two or more use: two sorted arrays rather than a map, since a
     * corpus of tens of thousands of articles shares millions of phrases and a boxed map of them would not fit a
     * small heap. Phrases arrive in ascending order ({@link #forEachRun}).
     */
    static final class PhraseUse {
        private final int[] phrases;
        private final int[] origins;

        private PhraseUse(int[] phrases, int[] origins) {
            this.phrases = phrases;
            this.origins = origins;
        }

        /** @return the origins using the phrase; 1 for a phrase absent from the table */
        int origins(int phrase) {
            int at = Arrays.binarySearch(phrases, phrase);
            return at < 0 ? 1 : origins[at];
        }

        static final class Builder {
            private int[] phrases = new int[1024];
            private int[] origins = new int[1024];
            private int size;

            void add(int phrase, int count) {
                if (size == phrases.length) {
                    phrases = Arrays.copyOf(phrases, size * 2);
                    origins = Arrays.copyOf(origins, size * 2);
                }
                phrases[size] = phrase;
                origins[size++] = count;
            }

            PhraseUse build() {
                return new PhraseUse(Arrays.copyOf(phrases, size), Arrays.copyOf(origins, size));
            }
        }
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
        int n = sampled.length;
        int[][] hashes = hashes(sampled);
        // what the phrases too common to index (COMMON_PHRASE) can add at most to any pair with the article
        long[] entries = SortedKeys.index(hashes);
        double[] commonWeight = new double[n];
        for (int from = 0, to; from < entries.length; from = to) {
            int phrase = (int) (entries[from] >> 32);
            to = endOfRun(entries, phrase);
            if (to - from > COMMON_PHRASE) {
                double w = weight.applyAsDouble(phrase);
                for (int x = from; x < to; x++) {
                    commonWeight[(int) entries[x]] += w;
                }
            }
        }
        // pairs counted article by article from the phrase index, so that only candidates are ever kept: counting
        // every pair that shares a rare phrase at once would hold millions of pairs on a large corpus
        int[] shared = new int[n];
        double[] sharedWeight = new double[n];
        int[] touched = new int[n];
        List<Long> candidates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int touchedCount = 0;
            for (int phrase : hashes[i]) {   // ascending, as the whole-corpus count added them
                int from = SortedKeys.lowerBound(entries, (long) phrase << 32);
                int to = endOfRun(entries, phrase);
                if (to - from < 2 || to - from > COMMON_PHRASE) {
                    continue;
                }
                double w = weight.applyAsDouble(phrase);
                for (int x = from; x < to; x++) {
                    int j = (int) entries[x];
                    if (j <= i) {
                        continue;
                    }
                    if (shared[j] == 0) {
                        touched[touchedCount++] = j;
                    }
                    shared[j]++;
                    sharedWeight[j] += w;
                }
            }
            Arrays.sort(touched, 0, touchedCount);
            for (int t = 0; t < touchedCount; t++) {
                int j = touched[t];
                if (shared[j] >= CANDIDATE_PHRASES && canReachShare(sampled, commonWeight, i, j, sharedWeight[j])
                        && !joined.test(i, j)) {
                    candidates.add(((long) i << 32) | j);
                }
                shared[j] = 0;
                sharedWeight[j] = 0;
            }
        }
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

    /** The first position past the entries of a phrase. */
    private static int endOfRun(long[] sorted, int phrase) {
        return phrase == Integer.MAX_VALUE ? sorted.length : SortedKeys.lowerBound(sorted, (long) (phrase + 1) << 32);
    }

    /**
     * Whether an alignment of the pair could repeat {@link SentenceAlignment#ALIGNED_SHARE} of the sampled phrases of
     * the article with fewer: each aligned pair of sentences counts the sampled phrases both hold, so a phrase counts
     * at most as often as the fewer sentences that hold it, never more than either article's most repeated phrase.
     */
    private static boolean canReachShare(SentenceAlignment.SampledPhrases[] sampled, double[] commonWeight, int i, int j,
                                         double rareWeight) {
        SentenceAlignment.SampledPhrases a = sampled[i];
        SentenceAlignment.SampledPhrases b = sampled[j];
        double most = Math.min(a.maxRepeat(), b.maxRepeat())
                * (rareWeight + Math.min(commonWeight[i], commonWeight[j]));
        int fewer = Math.max(1, Math.min(a.count(), b.count()));
        return most / fewer >= Math.min(SentenceAlignment.ALIGNED_SHARE, SentenceAlignment.REWRITE_SHARE) - 1e-9;
    }
}
