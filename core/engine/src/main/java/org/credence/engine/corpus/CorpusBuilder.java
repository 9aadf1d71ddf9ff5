package org.credence.engine.corpus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.credence.api.AnalyzedArticle;
import org.credence.api.DuplicateGroup;
import org.credence.engine.lexicon.Lexicons;

/** Builds a {@link Corpus}: signatures, near-duplicate groups, then claim links that know the groups. */
public final class CorpusBuilder {

    private final NearDuplicateDetector detector = new NearDuplicateDetector();
    private final ClaimLinker linker;

    public CorpusBuilder(Lexicons lexicons) {
        this.linker = new ClaimLinker(new Subjects(lexicons.get(Subjects.LEXICON)));
    }

    /** The signature of one article; callers that analyse in parallel may compute these as they go. */
    public long[] signature(AnalyzedArticle article) {
        return detector.signature(article);
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
        List<DuplicateGroup> groups = detector.groups(articles, signatures);
        Map<String, String> origin = new HashMap<>();
        groups.forEach(g -> g.articleIds().forEach(id -> origin.put(id, g.id())));
        Map<String, long[]> byId = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            byId.put(articles.get(i).id(), signatures[i]);
        }
        return new Corpus(articles, groups, byId, linker.link(articles, id -> origin.getOrDefault(id, id)));
    }
}
