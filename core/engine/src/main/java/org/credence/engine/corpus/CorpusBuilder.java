package org.credence.engine.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntToDoubleFunction;

import org.credence.api.AnalyzedArticle;
import org.credence.api.ClaimLink;
import org.credence.api.CopyAlignment;
import org.credence.api.DuplicateGroup;
import org.credence.engine.corpus.story.Stories;
import org.credence.engine.corpus.story.StoryGrouper;
import org.credence.engine.corpus.story.StorySummarizer;
import org.credence.engine.corpus.story.StoryWords;
import org.credence.engine.lexicon.Lexicons;

/**
 * Builds a {@link Corpus} in two steps that need not share a heap. First each article's {@link ArticleDigest}, on the
 * analysis threads; then, from the digests alone, the {@link CorpusIndex}: groups of copies (by shared word pattern,
 * {@link NearDuplicateDetector}, and by sentences rewritten in order, {@link RewriteDetector}), the sentence
 * alignment of every pair of copies, stories (which hold the groups), then claim links that know the groups. A
 * corpus is an index with the analysed articles of the run, or of one part of it, and the judge of same
 * propositions the corpus offers rules. The desktop run, the bounded run and the Spark run all take this one path.
 */
public final class CorpusBuilder {

    /** Groups larger than this are boilerplate more than copies; only the pairs that joined them are aligned. */
    static final int ALIGN_ALL_PAIRS_UP_TO = 12;

    private final NearDuplicateDetector detector = new NearDuplicateDetector();
    private final RewriteDetector rewrites = new RewriteDetector();
    private final ClaimLinker linker;
    private final StorySummarizer summarizer;
    private final StoryGrouper grouper = new StoryGrouper();
    private final PropositionJudge judge;

    public CorpusBuilder(Lexicons lexicons) {
        Subjects subjects = new Subjects(lexicons.get(Subjects.LEXICON));
        StoryWords words = new StoryWords(lexicons.get(StoryWords.LEXICON));
        this.linker = new ClaimLinker(subjects);
        this.summarizer = new StorySummarizer(words);
        this.judge = new PropositionJudge(subjects, words, lexicons.get(PropositionJudge.LEXICON));
    }

    /** The digest of one analysed article, at its position in the run. Safe to call from any thread. */
    public ArticleDigest digest(int index, AnalyzedArticle article) {
        SentenceAlignment.Features features = SentenceAlignment.features(article);
        return new ArticleDigest(index, article.id(), detector.signature(article),
                SentenceAlignment.sampledPhrases(features), summarizer.summarize(article),
                linker.figures(article), features);
    }

    /** A corpus of the articles alone, digested here. */
    public Corpus build(List<AnalyzedArticle> articles) {
        List<ArticleDigest> digests = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            digests.add(digest(i, articles.get(i)));
        }
        return corpus(index(digests, wanted -> theirOwnFeatures(digests, wanted)), articles, List.of());
    }

    /** The corpus of a whole run, from its digests (which hold their sentence features) and its articles. */
    public Corpus build(List<AnalyzedArticle> articles, List<ArticleDigest> digests) {
        return corpus(index(digests, wanted -> theirOwnFeatures(digests, wanted)), articles, List.of());
    }

    private static Map<Integer, ArticleDigest> theirOwnFeatures(List<ArticleDigest> digests, Set<Integer> indexes) {
        Map<Integer, ArticleDigest> out = new HashMap<>();
        indexes.forEach(i -> out.put(i, digests.get(i)));
        return out;
    }

    /**
     * The articles of a run, or of one part of it, as rules see them: {@code articles} are those the rules judge,
     * {@code context} those they may reach (another article of the story, a copy, a linked claim) without judging.
     */
    public Corpus corpus(CorpusIndex index, List<AnalyzedArticle> articles, List<AnalyzedArticle> context) {
        return new Corpus(index, articles, context, judge);
    }

    /**
     * Copies, stories and claim links of a run, from its digests. Sentence features are needed only for the pairs
     * that may be rewrites and for the members of groups of copies; they are asked for in two calls.
     *
     * @param digests  one per article, in the order of the run (digest {@code i} has index {@code i}); they need not
     *                 hold their sentence features
     * @param features digests with their features, for the positions asked for
     */
    public CorpusIndex index(List<ArticleDigest> digests, Features features) {
        int n = digests.size();
        List<String> ids = digests.stream().map(ArticleDigest::id).toList();
        for (int i = 0; i < n; i++) {
            if (digests.get(i).index() != i) {
                throw new IllegalArgumentException("digest " + i + " has index " + digests.get(i).index());
            }
        }
        long[][] minHashes = digests.stream().map(ArticleDigest::minHash).toArray(long[][]::new);
        List<NearDuplicateDetector.Edge> edges = new ArrayList<>(detector.pairs(minHashes));
        Map<String, String> byPattern = originOf(NearDuplicateDetector.groups(ids, edges));
        SentenceAlignment.SampledPhrases[] sampled = digests.stream().map(ArticleDigest::phrases)
                .toArray(SentenceAlignment.SampledPhrases[]::new);
        int[] originIndex = new int[n];
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < n; i++) {
            originIndex[i] = firstIndex.computeIfAbsent(byPattern.getOrDefault(ids.get(i), ids.get(i)),
                    k -> firstIndex.size());
        }
        RewriteDetector.PhraseUse using = RewriteDetector.originsUsing(RewriteDetector.hashes(sampled), originIndex);
        IntToDoubleFunction weight = p -> 1.0 / Math.max(1, using.origins(p) - 1);
        Map<String, CopyAlignment> alignments = new HashMap<>();
        FeatureSource rewriteFeatures = wanted -> featuresOf(features.fetch(wanted), wanted);
        for (RewriteDetector.Found f : rewrites.find(sampled,
                (i, j) -> sameOrigin(byPattern, ids.get(i), ids.get(j)), rewriteFeatures, weight)) {
            edges.add(new NearDuplicateDetector.Edge(f.first(), f.second(), f.alignment().share()));
            put(alignments, ids.get(f.first()), ids.get(f.second()), f.alignment(), true);
        }
        List<DuplicateGroup> groups = NearDuplicateDetector.groups(ids, edges);
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < n; i++) {
            position.put(ids.get(i), i);
        }
        List<int[]> toAlign = new ArrayList<>();
        Set<Integer> needed = new TreeSet<>();
        for (DuplicateGroup g : groups) {
            List<String> members = g.articleIds();
            for (int x = 0; x < members.size(); x++) {
                for (int y = x + 1; y < members.size(); y++) {
                    int a = position.get(members.get(x));
                    int b = position.get(members.get(y));
                    if (alignments.containsKey(key(members.get(x), members.get(y)))
                            || members.size() > ALIGN_ALL_PAIRS_UP_TO && !joinedByEdge(edges, a, b)) {
                        continue;
                    }
                    toAlign.add(new int[] {a, b});
                    needed.add(a);
                    needed.add(b);
                }
            }
        }
        Map<Integer, SentenceAlignment.Features> groupFeatures = needed.isEmpty() ? Map.of()
                : featuresOf(features.fetch(needed), needed);
        for (int[] pair : toAlign) {
            int a = pair[0];
            int b = pair[1];
            // members joined only through a third article are aligned only when they are copies themselves
            SentenceAlignment.Result r = SentenceAlignment.align(groupFeatures.get(a), groupFeatures.get(b), weight);
            boolean samePattern = NearDuplicateDetector.similarity(minHashes[a], minHashes[b]) >= NearDuplicateDetector.THRESHOLD;
            if (samePattern || r.isRewrite()) {
                put(alignments, ids.get(a), ids.get(b), r, !samePattern);
            }
        }
        Map<String, String> origin = originOf(groups);
        Stories stories = grouper.group(digests.stream().map(ArticleDigest::story).toList(),
                groups.stream().map(DuplicateGroup::articleIds).toList());
        List<ClaimLinker.Figure> figures = digests.stream().flatMap(d -> d.figures().stream()).toList();
        Map<String, List<ClaimLink>> links = linker.link(figures, id -> origin.getOrDefault(id, id));
        return new CorpusIndex(ids, groups, minHashes, alignments, links, stories);
    }

    /** Digests with their sentence features, for the positions asked for. */
    @FunctionalInterface
    public interface Features {
        Map<Integer, ArticleDigest> fetch(Set<Integer> positions);
    }

    /** The features of the positions asked for, checked: a missing one is the caller's error, said here. */
    private static Map<Integer, SentenceAlignment.Features> featuresOf(Map<Integer, ArticleDigest> fetched,
                                                                     Set<Integer> wanted) {
        Map<Integer, SentenceAlignment.Features> out = new HashMap<>();
        for (int i : wanted) {
            ArticleDigest d = fetched.get(i);
            if (d == null) {
                throw new IllegalStateException("no sentence features were given for article " + i);
            }
            out.put(i, d.features());
        }
        return out;
    }

    private static boolean joinedByEdge(List<NearDuplicateDetector.Edge> edges, int i, int j) {
        return edges.stream().anyMatch(e -> e.first() == i && e.second() == j || e.first() == j && e.second() == i);
    }

    private static Map<String, String> originOf(List<DuplicateGroup> groups) {
        Map<String, String> origin = new HashMap<>();
        groups.forEach(g -> g.articleIds().forEach(id -> origin.put(id, g.id())));
        return origin;
    }

    private static boolean sameOrigin(Map<String, String> origin, String a, String b) {
        return origin.getOrDefault(a, a).equals(origin.getOrDefault(b, b));
    }

    static String key(String a, String b) {
        return a + '\u0000' + b;
    }

    private static void put(Map<String, CopyAlignment> alignments, String a, String b, SentenceAlignment.Result r,
                            boolean rewritten) {
        alignments.put(key(a, b), new CopyAlignment(a, b, r.pairs(), r.share(), rewritten));
    }
}
