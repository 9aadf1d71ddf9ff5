package org.credence.engine.corpus;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Claim;
import org.credence.api.ClaimLink;
import org.credence.api.CorpusView;
import org.credence.api.DuplicateGroup;

/**
 * The articles of one session analysed together: who copied whom, and which claims give the same or conflicting
 * figures. Immutable once built by a {@link CorpusBuilder}; safe to share between threads.
 */
public final class Corpus implements CorpusView {

    private final List<AnalyzedArticle> articles;
    private final Map<String, AnalyzedArticle> byId = new LinkedHashMap<>();
    private final Map<String, Claim> claims = new HashMap<>();
    private final List<DuplicateGroup> groups;
    private final Map<String, DuplicateGroup> groupOf = new HashMap<>();
    private final Map<String, long[]> signatures;
    private final Map<String, List<ClaimLink>> links;
    private final LinkedStories stories = new LinkedStories();

    Corpus(List<AnalyzedArticle> articles, List<DuplicateGroup> groups, Map<String, long[]> signatures,
           Map<String, List<ClaimLink>> links) {
        this.articles = List.copyOf(articles);
        for (AnalyzedArticle a : articles) {
            byId.put(a.id(), a);
            a.claims().forEach(c -> claims.put(c.id(), c));
        }
        this.groups = List.copyOf(groups);
        groups.forEach(g -> g.articleIds().forEach(id -> groupOf.put(id, g)));
        this.signatures = Map.copyOf(signatures);
        Map<String, List<ClaimLink>> copy = new HashMap<>();
        links.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.links = copy;
    }

    @Override
    public List<AnalyzedArticle> articles() {
        return articles;
    }

    @Override
    public Optional<AnalyzedArticle> article(String articleId) {
        return Optional.ofNullable(byId.get(articleId));
    }

    @Override
    public Optional<Claim> claim(String claimId) {
        return Optional.ofNullable(claims.get(claimId));
    }

    @Override
    public List<DuplicateGroup> duplicateGroups() {
        return groups;
    }

    @Override
    public Optional<DuplicateGroup> duplicateGroupOf(String articleId) {
        return Optional.ofNullable(groupOf.get(articleId));
    }

    @Override
    public double similarity(String articleId, String otherArticleId) {
        if (articleId.equals(otherArticleId)) {
            return 1;
        }
        long[] a = signatures.get(articleId);
        long[] b = signatures.get(otherArticleId);
        return a == null || b == null ? 0 : NearDuplicateDetector.similarity(a, b);
    }

    @Override
    public List<ClaimLink> linksFrom(String claimId) {
        return links.getOrDefault(claimId, List.of());
    }

    @Override
    public List<AnalyzedArticle> storyOf(String articleId) {
        return stories.storyOf(this, articleId);
    }

    /** Every link, for reports. */
    public List<ClaimLink> allLinks() {
        return articles.stream().flatMap(a -> a.claims().stream()).flatMap(c -> linksFrom(c.id()).stream()).toList();
    }
}
