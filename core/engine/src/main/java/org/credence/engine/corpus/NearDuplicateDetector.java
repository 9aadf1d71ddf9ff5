package org.credence.engine.corpus;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.credence.api.AnalyzedArticle;
import org.credence.api.DuplicateGroup;
import org.credence.api.Sentence;
import org.credence.api.Token;

/**
 * Finds articles that are copies of one another, including machine-paraphrased ("spun") copies that swap most
 * content words for synonyms.
 *
 * <p>A spun copy keeps what a synonym tool cannot swap: names, numbers, function words and word order. So each
 * article is reduced to a skeleton — function words, capitalised words (names) and numbers as they are, every
 * other word a placeholder — and compared by MinHash (Lucene's {@link MinHashFilter}) over 5-word shingles of that skeleton.
 * Locality-sensitive hashing over bands of the signature finds candidate pairs without comparing every pair.
 * The threshold was set from measurements recorded in docs/decisions/0010-near-duplicates.md.
 */
public final class NearDuplicateDetector {

    /** Skeleton similarity at or above which two articles are one story copied. */
    public static final double THRESHOLD = 0.35;
    static final int HASHES = 128;
    private static final int ROWS = 2;
    private static final int SHINGLE = 5;
    /** A band bucket this full holds boilerplate, not copies; its members are not paired through it. */
    private static final int MAX_BUCKET = 64;

    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "to", "in", "on", "at", "for",
            "from", "by", "with", "and", "or", "but", "is", "are", "was", "were", "be", "been", "being", "has", "have",
            "had", "it", "its", "this", "that", "these", "those", "as", "not", "no", "than", "then", "so", "such", "into",
            "over", "under", "about", "after", "before", "between", "during", "he", "she", "they", "we", "you", "i",
            "his", "her", "their", "our", "your", "them", "him", "us", "who", "whom", "which", "what", "when", "where",
            "why", "how", "all", "any", "some", "more", "most", "other", "also", "there", "here", "up", "down", "out",
            "off", "only", "just", "very", "can", "could", "will", "would", "should", "may", "might", "must", "do",
            "does", "did");

    private final Analyzer minHash = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            WhitespaceTokenizer source = new WhitespaceTokenizer();
            ShingleFilter shingles = new ShingleFilter(source, SHINGLE, SHINGLE);
            shingles.setOutputUnigrams(false);
            TokenStream hashes = new MinHashFilter(shingles, 1, HASHES, 1, true);
            return new TokenStreamComponents(source, hashes);
        }
    };

    /** The article's MinHash signature; empty when it is too short to have one. */
    public long[] signature(AnalyzedArticle article) {
        String skeleton = skeleton(article);
        long[] out = new long[HASHES];
        int n = 0;
        try (TokenStream ts = minHash.tokenStream("skeleton", new StringReader(skeleton))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && n < HASHES) {
                long h = 1125899906842597L;
                for (int i = 0; i < term.length(); i++) {
                    h = 31 * h + term.charAt(i);
                }
                out[n++] = h;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n == HASHES ? out : new long[0];
    }

    /** Function words, names and numbers kept; other words become "_". Body only: headlines get rewritten. */
    static String skeleton(AnalyzedArticle article) {
        StringBuilder sb = new StringBuilder(article.text().length() / 2);
        String text = article.text();
        for (Sentence s : article.sentences()) {
            if (s.headline()) {
                continue;
            }
            boolean first = true;
            for (Token t : s.tokens()) {
                String raw = t.span().in(text);
                if (raw.isEmpty() || !Character.isLetterOrDigit(raw.charAt(0))) {
                    continue;
                }
                String w = raw.toLowerCase(Locale.ROOT);
                // names by capital letter, not by tag: the tagger skips some sentences, a copy must look the same
                boolean name = !first && Character.isUpperCase(raw.charAt(0));
                boolean keep = FUNCTION_WORDS.contains(w) || name || Character.isDigit(w.charAt(0));
                sb.append(keep ? w : "_").append(' ');
                first = false;
            }
        }
        return sb.toString();
    }

    /** The estimated Jaccard similarity of two signatures, 0 when either is empty. */
    public static double similarity(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / a.length;
    }

    /** Two articles, by index in the corpus, found to be copies, with how similar they are (0..1). */
    record Edge(int first, int second, double similarity) {
    }

    /** The pairs whose signatures are similar enough, in a fixed order (band by band). */
    List<Edge> pairs(long[][] signatures) {
        int n = signatures.length;
        List<Edge> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int band = 0; band < HASHES / ROWS; band++) {
            Map<Long, List<Integer>> buckets = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                if (signatures[i].length == 0) {
                    continue;
                }
                long key = signatures[i][band * ROWS] * 31 + signatures[i][band * ROWS + 1];
                buckets.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
            }
            for (List<Integer> bucket : buckets.values()) {
                if (bucket.size() < 2 || bucket.size() > MAX_BUCKET) {
                    continue;
                }
                for (int x = 0; x < bucket.size(); x++) {
                    for (int y = x + 1; y < bucket.size(); y++) {
                        int i = bucket.get(x);
                        int j = bucket.get(y);
                        if (!seen.add(((long) i << 32) | j)) {
                            continue;
                        }
                        double s = similarity(signatures[i], signatures[j]);
                        if (s >= THRESHOLD) {
                            out.add(new Edge(i, j, s));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Groups of two or more articles whose signatures are similar enough, in input order. */
    public List<DuplicateGroup> groups(List<AnalyzedArticle> articles, long[][] signatures) {
        return groups(articles.stream().map(AnalyzedArticle::id).toList(), pairs(signatures));
    }

    /**
     * Groups joined by the edges, in input order; a group's similarity is the lowest of the edges that joined it.
     * Edges within an already joined group add nothing.
     */
    static List<DuplicateGroup> groups(List<String> ids, List<Edge> edges) {
        int n = ids.size();
        UnionFind sets = new UnionFind(n);
        double[] weakest = new double[n];
        Arrays.fill(weakest, 1);
        for (Edge e : edges) {
            int i = e.first();
            int j = e.second();
            if (sets.find(i) == sets.find(j)) {
                continue;
            }
            double w = Math.min(e.similarity(), Math.min(weakest[sets.find(i)], weakest[sets.find(j)]));
            weakest[sets.union(i, j)] = w;
        }
        Map<Integer, List<String>> members = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            members.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(ids.get(i));
        }
        List<DuplicateGroup> out = new ArrayList<>();
        for (Map.Entry<Integer, List<String>> e : members.entrySet()) {
            if (e.getValue().size() > 1) {
                out.add(new DuplicateGroup(e.getValue().get(0), e.getValue(), weakest[e.getKey()]));
            }
        }
        return out;
    }

    /** Disjoint sets over article indexes, with path halving. */
    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        int union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            int root = Math.min(ra, rb);
            parent[Math.max(ra, rb)] = root;
            return root;
        }
    }
}
