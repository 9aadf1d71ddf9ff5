package org.credence.engine.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.credence.api.AlignedSentences;
import org.credence.api.AnalyzedArticle;
import org.credence.api.Sentence;
import org.credence.api.Token;

/**
 * Lines up the sentences of two articles by what they say, to find copies that were rewritten sentence by sentence
 * (a language model's rewrite keeps each sentence's content words and many of its phrases, but not its word pattern,
 * so {@link NearDuplicateDetector} misses it).
 *
 * <p>Each sentence becomes two sets of hashes: its content words (first six letters, so "Syria" and "Syrian" meet)
 * and its phrases (three consecutive words, at least one of them a lower-case content word, so that a run of
 * names such as "Syrian Observatory for" is not a phrase). Words inside quotation marks are left out: independent
 * reports quote the same speakers word for word, and that is no sign of copying. Two sentences correspond when they
 * share 40% of their content words (Dice) or two phrases. The alignment is the longest chain of corresponding pairs
 * in the order of both articles (dynamic programming, as for a longest common subsequence), most phrases shared
 * breaking ties.
 *
 * <p>How much wording the aligned pairs repeat is measured on a fixed sample of about half of all phrases, each
 * shared phrase counting 1 / (number of articles using it − 1): 1 when only the two articles use it, a half when a
 * third does too. Template wording (a wire service's stock phrases in every bulletin) thus counts for little. One
 * article is a rewrite of the other when at least two pairs align, covering a quarter of the shorter article's
 * sentences and repeating 9% of its sampled phrases, or covering 60% of its sentences and repeating 5%. Measured on FA-KES rewrites and BASIL in
 * docs/decisions/0027-rewritten-copies.md.
 */
final class SentenceAlignment {

    static final double SIMILAR = 0.4;
    static final int SHARED_PHRASES = 2;
    static final double REWRITE_SHARE = 0.09;
    static final double REWRITE_COVERAGE = 0.25;
    static final double ALIGNED_SHARE = 0.05;
    static final double ALIGNED_COVERAGE = 0.6;
    /** Sentences compared from each article at most: enough for any news story, bounded for the quadratic table. */
    static final int MAX_SENTENCES = 300;
    /** A quotation running longer than this many tokens is taken to be a stray quotation mark. */
    private static final int MAX_QUOTE = 80;
    private static final Set<String> STOP = Set.of("a", "an", "the", "of", "to", "in", "on", "at", "for", "from", "by",
            "with", "and", "or", "but", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "it",
            "its", "this", "that", "these", "those", "as", "not", "no", "than", "then", "so", "such", "into", "over",
            "under", "about", "after", "before", "between", "during", "he", "she", "they", "we", "you", "his", "her",
            "their", "our", "your", "them", "him", "us", "who", "whom", "which", "what", "when", "where", "why", "how",
            "all", "any", "some", "more", "most", "other", "also", "there", "here", "up", "down", "out", "off", "only",
            "just", "very", "can", "could", "will", "would", "should", "may", "might", "must", "do", "does", "did",
            "said", "says", "say", "told", "according");

    /**
     * What is compared of one article: for each sentence that has at least three content words, its index and its
     * sorted word and phrase hashes.
     */
    record Features(int[] sentence, int[][] words, int[][] phrases, int sampledPhrases) implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        int size() {
            return sentence.length;
        }
    }

    /**
     * The result of aligning two articles.
     *
     * @param pairs    the aligned sentences, in order
     * @param shared   the sampled phrases the aligned pairs share, each weighted by how few articles use it
     * @param share    {@code shared} over the sampled phrases of the article with fewer
     * @param coverage the aligned pairs over the sentences of the article with fewer
     */
    record Result(List<AlignedSentences> pairs, double shared, double share, double coverage) {

        /** True when one article is a sentence-by-sentence rewrite of the other. */
        boolean isRewrite() {
            return pairs.size() >= 2 && (share >= REWRITE_SHARE && coverage >= REWRITE_COVERAGE
                    || share >= ALIGNED_SHARE && coverage >= ALIGNED_COVERAGE);
        }
    }

    private SentenceAlignment() {
    }

    static Features features(AnalyzedArticle article) {
        String text = article.text();
        List<Integer> index = new ArrayList<>();
        List<int[]> words = new ArrayList<>();
        List<int[]> phrases = new ArrayList<>();
        int sampled = 0;
        boolean quoted = false;
        int quoteLength = 0;
        int previousEnd = 0;
        for (Sentence s : article.sentences()) {
            if (s.headline()) {
                previousEnd = s.span().end();
                continue;
            }
            if (text.substring(Math.min(previousEnd, s.span().start()), s.span().start()).indexOf('\n') >= 0) {
                quoted = false;   // a quotation does not run over a paragraph break
            }
            previousEnd = s.span().end();
            List<String> kept = new ArrayList<>();
            List<Boolean> content = new ArrayList<>();
            for (Token t : s.tokens()) {
                String raw = t.span().in(text);
                if (isOpeningQuote(raw) || raw.equals("\"") && !quoted) {
                    quoted = true;
                    quoteLength = 0;
                    continue;
                }
                if (isClosingQuote(raw) || raw.equals("\"")) {
                    quoted = false;
                    continue;
                }
                if (quoted && ++quoteLength > MAX_QUOTE) {
                    quoted = false;
                }
                if (quoted || raw.isEmpty() || !Character.isLetterOrDigit(raw.charAt(0))) {
                    continue;
                }
                String w = raw.toLowerCase(Locale.ROOT);
                kept.add(w);
                content.add(Character.isLowerCase(raw.charAt(0)) && w.length() > 2 && !STOP.contains(w));
            }
            Set<Integer> ws = new HashSet<>();
            for (String w : kept) {
                if (!STOP.contains(w) && (w.length() > 2 || Character.isDigit(w.charAt(0)))) {
                    ws.add((w.length() > 6 ? w.substring(0, 6) : w).hashCode());
                }
            }
            if (ws.size() < 3 || index.size() >= MAX_SENTENCES) {
                continue;
            }
            Set<Integer> ps = new HashSet<>();
            for (int i = 0; i + 2 < kept.size(); i++) {
                if (content.get(i) || content.get(i + 1) || content.get(i + 2)) {
                    ps.add((kept.get(i) + ' ' + kept.get(i + 1) + ' ' + kept.get(i + 2)).hashCode());
                }
            }
            index.add(s.index());
            words.add(sorted(ws));
            phrases.add(sorted(ps));
            for (int p : ps) {
                sampled += isSampled(p) ? 1 : 0;
            }
        }
        return new Features(index.stream().mapToInt(Integer::intValue).toArray(), words.toArray(int[][]::new),
                phrases.toArray(int[][]::new), sampled);
    }

    private static boolean isOpeningQuote(String t) {
        return t.equals("“") || t.equals("``");
    }

    private static boolean isClosingQuote(String t) {
        return t.equals("”") || t.equals("''");
    }

    private static int[] sorted(Set<Integer> set) {
        int[] out = set.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(out);
        return out;
    }

    /** The number of values two sorted arrays share. */
    static int common(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /**
     * Aligns two articles' sentences in order.
     *
     * @param weight what a shared sampled phrase counts for: 1 when only these two articles use it, less when more
     *               do (a wire service's stock phrase in every bulletin says little about copying)
     */
    static Result align(Features a, Features b, java.util.function.IntToDoubleFunction weight) {
        int n = a.size();
        int m = b.size();
        if (n == 0 || m == 0) {
            return new Result(List.of(), 0, 0, 0);
        }
        double[][] dice = new double[n][m];
        double[][] weighted = new double[n][m];
        int[][] sharedPhrases = new int[n][m];
        boolean[][] corresponds = new boolean[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                int w = common(a.words()[i], b.words()[j]);
                dice[i][j] = 2.0 * w / (a.words()[i].length + b.words()[j].length);
                sharedPhrases[i][j] = common(a.phrases()[i], b.phrases()[j]);
                weighted[i][j] = sharedPhrases[i][j] == 0 ? 0 : sampledWeight(a.phrases()[i], b.phrases()[j], weight);
                corresponds[i][j] = dice[i][j] >= SIMILAR || sharedPhrases[i][j] >= SHARED_PHRASES;
            }
        }
        // best[i][j]: the longest chain in a[i..], b[j..], as pairs * 2^20 + shared phrases, so more pairs always win
        long[][] best = new long[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                long skip = Math.max(best[i + 1][j], best[i][j + 1]);
                long take = corresponds[i][j] ? best[i + 1][j + 1] + (1L << 20) + sharedPhrases[i][j] : -1;
                best[i][j] = Math.max(skip, take);
            }
        }
        List<AlignedSentences> pairs = new ArrayList<>();
        double shared = 0;
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (corresponds[i][j] && best[i][j] == best[i + 1][j + 1] + (1L << 20) + sharedPhrases[i][j]) {
                pairs.add(new AlignedSentences(a.sentence()[i], b.sentence()[j], dice[i][j]));
                shared += weighted[i][j];
                i++;
                j++;
            } else if (best[i + 1][j] >= best[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        int fewerPhrases = Math.max(1, Math.min(a.sampledPhrases(), b.sampledPhrases()));
        return new Result(pairs, shared, Math.min(1, shared / fewerPhrases), (double) pairs.size() / Math.min(n, m));
    }

    /** The weighted count of the sampled phrases two sorted arrays share. */
    private static double sampledWeight(int[] a, int[] b, java.util.function.IntToDoubleFunction weight) {
        int i = 0;
        int j = 0;
        double sum = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                if (isSampled(a[i])) {
                    sum += weight.applyAsDouble(a[i]);
                }
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    /** Whether a phrase is in the sample: about half of all phrases, the same half in every article. */
    static boolean isSampled(int phrase) {
        return (mix(phrase) & 1) == 0;
    }

    /**
     * An article's sampled phrases ({@link #isSampled}): the index that finds candidate pairs without aligning every
     * pair of articles, and the phrases whose use across the corpus is counted; with what bounds the share of
     * wording any alignment with the article can repeat ({@link Features#sampledPhrases}, the most sentences one
     * phrase is in).
     *
     * @param hashes    the distinct sampled phrases, sorted
     * @param count     {@link Features#sampledPhrases}: the denominator of {@link Result#share}
     * @param maxRepeat the most sentences of the article that hold one sampled phrase
     */
    record SampledPhrases(int[] hashes, int count, int maxRepeat) implements java.io.Serializable {

        private static final long serialVersionUID = 1L;
    }

    static SampledPhrases sampledPhrases(Features f) {
        java.util.Map<Integer, Integer> repeats = new java.util.HashMap<>();
        for (int[] ps : f.phrases()) {
            for (int p : ps) {
                if (isSampled(p)) {
                    repeats.merge(p, 1, Integer::sum);
                }
            }
        }
        int maxRepeat = repeats.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return new SampledPhrases(sorted(repeats.keySet()), f.sampledPhrases(), maxRepeat);
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h;
    }
}
