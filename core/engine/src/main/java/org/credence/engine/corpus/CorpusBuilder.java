package org.credence.engine.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;

import org.credence.api.AnalyzedArticle;
import org.credence.api.CopyAlignment;
import org.credence.api.DuplicateGroup;
import org.credence.engine.corpus.story.Stories;
import org.credence.engine.corpus.story.StoryGrouper;
import org.credence.engine.corpus.story.StorySummarizer;
import org.credence.engine.corpus.story.StorySummary;
import org.credence.engine.corpus.story.StoryWords;
import org.credence.engine.lexicon.Lexicons;

/**
 * Builds a {@link Corpus}: signatures, groups of copies (by shared word pattern, {@link NearDuplicateDetector}, and
 * by sentences rewritten in order, {@link RewriteDetector}), the sentence alignment of every pair of copies, stories
 * (which hold the groups), then claim links that know the groups, and the judge of same propositions the corpus
 * offers rules.
 */
public final class CorpusBuilder {

    /** Groups larger than this are boilerplate more than copies; only the pairs that joined them are aligned. */
    static final int ALIGN_ALL_PAIRS_UP_TO = 12;

    /**
     * What is kept of an article to find its copies: its MinHash signature and a sample of its phrases.
     * Callers that analyse in parallel may compute these as they go.
     *
     * @param minHash     the word-pattern signature ({@link NearDuplicateDetector})
     * @param phrases     the distinct sampled phrases, sorted ({@link SentenceAlignment#isSampled})
     * @param phraseCount the sampled phrases counted sentence by sentence, what a rewrite's share is measured against
     * @param maxRepeat   the most sentences that hold one sampled phrase
     */
    public record Signature(long[] minHash, int[] phrases, int phraseCount, int maxRepeat) {
    }

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

    /** The signature of one article. */
    public Signature signature(AnalyzedArticle article) {
        SentenceAlignment.SampledPhrases sampled = SentenceAlignment.sampledPhrases(SentenceAlignment.features(article));
        return new Signature(detector.signature(article), sampled.hashes(), sampled.count(), sampled.maxRepeat());
    }

    /** What story grouping needs of one article; callers that analyse in parallel may compute these as they go. */
    public StorySummary storySummary(AnalyzedArticle article) {
        return summarizer.summarize(article);
    }

    public Corpus build(List<AnalyzedArticle> articles) {
        return build(articles, articles.stream().map(this::signature).toList());
    }

    /** Builds from signatures already computed, one per article in the same order. */
    public Corpus build(List<AnalyzedArticle> articles, List<Signature> signatures) {
        return build(articles, signatures, articles.stream().map(summarizer::summarize).toArray(StorySummary[]::new));
    }

    /** Builds from signatures and story summaries already computed, one each per article in the same order. */
    public Corpus build(List<AnalyzedArticle> articles, List<Signature> signatures, StorySummary[] summaries) {
        int n = articles.size();
        long[][] minHashes = signatures.stream().map(Signature::minHash).toArray(long[][]::new);
        List<NearDuplicateDetector.Edge> edges = new ArrayList<>(detector.pairs(minHashes));
        Map<String, String> byPattern = originOf(NearDuplicateDetector.groups(articles, edges));
        SentenceAlignment.Features[] features = new SentenceAlignment.Features[n];
        IntFunction<SentenceAlignment.Features> featuresOf = i -> {
            if (features[i] == null) {
                features[i] = SentenceAlignment.features(articles.get(i));
            }
            return features[i];
        };
        SentenceAlignment.SampledPhrases[] sampled = signatures.stream()
                .map(s -> new SentenceAlignment.SampledPhrases(s.phrases(), s.phraseCount(), s.maxRepeat()))
                .toArray(SentenceAlignment.SampledPhrases[]::new);
        int[] originIndex = new int[n];
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < n; i++) {
            originIndex[i] = firstIndex.computeIfAbsent(byPattern.getOrDefault(articles.get(i).id(), articles.get(i).id()),
                    k -> firstIndex.size());
        }
        Map<Integer, Integer> using = RewriteDetector.originsUsing(RewriteDetector.hashes(sampled), originIndex);
        IntToDoubleFunction weight = p -> 1.0 / Math.max(1, using.getOrDefault(p, 2) - 1);
        Map<String, CopyAlignment> alignments = new HashMap<>();
        for (RewriteDetector.Found f : rewrites.find(sampled,
                (i, j) -> sameOrigin(byPattern, articles.get(i).id(), articles.get(j).id()), featuresOf, weight)) {
            edges.add(new NearDuplicateDetector.Edge(f.first(), f.second(), f.alignment().share()));
            put(alignments, articles.get(f.first()).id(), articles.get(f.second()).id(), f.alignment(), true);
        }
        List<DuplicateGroup> groups = NearDuplicateDetector.groups(articles, edges);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(articles.get(i).id(), i);
        }
        for (DuplicateGroup g : groups) {
            List<String> ids = g.articleIds();
            for (int x = 0; x < ids.size(); x++) {
                for (int y = x + 1; y < ids.size(); y++) {
                    int a = index.get(ids.get(x));
                    int b = index.get(ids.get(y));
                    if (alignments.containsKey(key(ids.get(x), ids.get(y)))
                            || ids.size() > ALIGN_ALL_PAIRS_UP_TO && !joinedByEdge(edges, a, b)) {
                        continue;
                    }
                    // members joined only through a third article are aligned only when they are copies themselves
                    SentenceAlignment.Result r = SentenceAlignment.align(featuresOf.apply(a), featuresOf.apply(b), weight);
                    boolean samePattern = NearDuplicateDetector.similarity(minHashes[a], minHashes[b]) >= NearDuplicateDetector.THRESHOLD;
                    if (samePattern || r.isRewrite()) {
                        put(alignments, ids.get(x), ids.get(y), r, !samePattern);
                    }
                }
            }
        }
        Map<String, String> origin = originOf(groups);
        Map<String, long[]> byId = new HashMap<>();
        for (int i = 0; i < n; i++) {
            byId.put(articles.get(i).id(), minHashes[i]);
        }
        Stories stories = grouper.group(List.of(summaries), groups.stream().map(DuplicateGroup::articleIds).toList());
        return new Corpus(articles, groups, byId, alignments, linker.link(articles, id -> origin.getOrDefault(id, id)),
                stories, judge);
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
