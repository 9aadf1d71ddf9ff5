package org.credence.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Claim;
import org.credence.api.ClaimLink;
import org.credence.api.CorpusView;
import org.credence.api.DuplicateGroup;
import org.credence.engine.corpus.LinkedStories;

/**
 * A corpus whose near-duplicate groups and claim links are stated by the test instead of computed, so a rule's
 * test controls exactly what the rule sees of the other articles. Immutable: each {@code with...} returns a copy.
 */
public record FixedCorpus(List<AnalyzedArticle> articles, List<DuplicateGroup> duplicateGroups, List<ClaimLink> links)
        implements CorpusView {

    public FixedCorpus {
        articles = List.copyOf(articles);
        duplicateGroups = List.copyOf(duplicateGroups);
        links = List.copyOf(links);
    }

    /** A corpus of these articles with no groups and no links. */
    public static FixedCorpus of(AnalyzedArticle... articles) {
        return new FixedCorpus(Arrays.asList(articles), List.of(), List.of());
    }

    /** Adds a near-duplicate group of the given articles; its id is the first article's id. */
    public FixedCorpus withDuplicateGroup(double similarity, String... articleIds) {
        List<DuplicateGroup> groups = new ArrayList<>(duplicateGroups);
        groups.add(new DuplicateGroup(articleIds[0], List.of(articleIds), similarity));
        return new FixedCorpus(articles, groups, links);
    }

    /** Adds a link and its mirror image, as the engine's corpus does. */
    public FixedCorpus withLink(ClaimLink link) {
        List<ClaimLink> all = new ArrayList<>(links);
        all.add(link);
        String articleOfClaim = claim(link.claimId()).map(Claim::articleId)
                .orElseThrow(() -> new IllegalArgumentException("no claim " + link.claimId()));
        all.add(new ClaimLink(link.otherClaimId(), link.claimId(), articleOfClaim, link.relation(), link.independent(),
                link.subject()));
        return new FixedCorpus(articles, duplicateGroups, all);
    }

    @Override
    public Optional<AnalyzedArticle> article(String articleId) {
        return articles.stream().filter(a -> a.id().equals(articleId)).findFirst();
    }

    @Override
    public Optional<Claim> claim(String claimId) {
        return articles.stream().flatMap(a -> a.claims().stream()).filter(c -> c.id().equals(claimId)).findFirst();
    }

    @Override
    public Optional<DuplicateGroup> duplicateGroupOf(String articleId) {
        return duplicateGroups.stream().filter(g -> g.articleIds().contains(articleId)).findFirst();
    }

    @Override
    public double similarity(String articleId, String otherArticleId) {
        if (articleId.equals(otherArticleId)) {
            return 1;
        }
        return duplicateGroups.stream()
                .filter(g -> g.articleIds().contains(articleId) && g.articleIds().contains(otherArticleId))
                .mapToDouble(DuplicateGroup::similarity).findFirst().orElse(0);
    }

    @Override
    public List<ClaimLink> linksFrom(String claimId) {
        return links.stream().filter(l -> l.claimId().equals(claimId)).toList();
    }

    /** The engine's own grouping, over the groups and links this corpus states. */
    @Override
    public List<AnalyzedArticle> storyOf(String articleId) {
        return new LinkedStories().storyOf(this, articleId);
    }
}
