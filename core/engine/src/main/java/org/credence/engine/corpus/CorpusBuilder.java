package org.credence.engine.corpus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.credence.api.AnalyzedArticle;
import org.credence.api.DuplicateGroup;
import org.credence.engine.corpus.story.Stories;
import org.credence.engine.corpus.story.StoryGrouper;
import org.credence.engine.corpus.story.StorySummarizer;
import org.credence.engine.corpus.story.StorySummary;
import org.credence.engine.corpus.story.StoryWords;
import org.credence.engine.lexicon.Lexicons;

/**
 * Builds a {@link Corpus}: signatures, near-duplicate groups, stories (which hold the groups), then claim links that
 * know the groups, and the judge of same propositions the corpus offers rules.
 */
public final class CorpusBuilder {

    private final NearDuplicateDetector detector = new NearDuplicateDetector();
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

    /** The signature of one article; callers that analyse in parallel may compute these as they go. */
    public long[] signature(AnalyzedArticle article) {
        return detector.signature(article);
    }

    /** What story grouping needs of one article; callers that analyse in parallel may compute these as they go. */
    public StorySummary storySummary(AnalyzedArticle article) {
        return summarizer.summarize(article);
    }

    public Corpus build(List<AnalyzedArticle> articles) {
        long[][] signatures = new long[articles.size()][];
        for (int i = 0; i < articles.size(); i++) {
            signatures[i] = detector.signature(articles.get(i));
        }
        return build(articles, signatures);
    }

    /** Builds from signatures already computed, one per article in the same order. */
    public Corpus build(List<AnalyzedArticle> articles, long[][] signatures) {
        StorySummary[] summaries = new StorySummary[articles.size()];
        for (int i = 0; i < articles.size(); i++) {
            summaries[i] = summarizer.summarize(articles.get(i));
        }
        return build(articles, signatures, summaries);
    }

    /** Builds from signatures and story summaries already computed, one each per article in the same order. */
    public Corpus build(List<AnalyzedArticle> articles, long[][] signatures, StorySummary[] summaries) {
        List<DuplicateGroup> groups = detector.groups(articles, signatures);
        Map<String, String> origin = new HashMap<>();
        groups.forEach(g -> g.articleIds().forEach(id -> origin.put(id, g.id())));
        Map<String, long[]> byId = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            byId.put(articles.get(i).id(), signatures[i]);
        }
        Stories stories = grouper.group(List.of(summaries), groups.stream().map(DuplicateGroup::articleIds).toList());
        return new Corpus(articles, groups, byId, linker.link(articles, id -> origin.getOrDefault(id, id)), stories,
                judge);
    }
}
