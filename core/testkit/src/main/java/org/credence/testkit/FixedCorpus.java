package org.credence.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Claim;
import org.credence.api.ClaimLink;
import org.credence.api.CorpusView;
import org.credence.api.DuplicateGroup;
import org.credence.api.SameProposition;
import org.credence.api.Span;
import org.credence.engine.corpus.PropositionJudge;
import org.credence.engine.lexicon.Lexicons;

/**
 * A corpus whose near-duplicate groups and claim links are stated by the test instead of computed, so a rule's
 * test controls exactly what the rule sees of the other articles. Its stories follow what it states: an article, its
 * copies, and the articles its claims are linked to. Whether two statements are the same proposition is the
 * engine's own judgement, within such a story. Immutable: each {@code with...} returns a copy.
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

    /** The article, its copies, then the articles its claims are linked to, the most linked first. */
    @Override
    public List<AnalyzedArticle> storyOf(String articleId) {
        AnalyzedArticle article = article(articleId).orElse(null);
        if (article == null) {
            return List.of();
        }
        Map<String, AnalyzedArticle> story = new LinkedHashMap<>();
        story.put(articleId, article);
        duplicateGroupOf(articleId).ifPresent(g -> g.articleIds()
                .forEach(id -> article(id).ifPresent(a -> story.putIfAbsent(id, a))));
        Map<String, Integer> linked = new LinkedHashMap<>();
        for (Claim c : article.claims()) {
            for (ClaimLink link : linksFrom(c.id())) {
                linked.merge(link.otherArticle(), 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> byCount = new ArrayList<>(linked.entrySet());
        byCount.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        byCount.forEach(e -> article(e.getKey()).ifPresent(a -> story.putIfAbsent(a.id(), a)));
        return List.copyOf(story.values());
    }

    @Override
    public Optional<SameProposition> sameProposition(String articleId, Span statement, String otherArticleId,
                                                     Span otherStatement) {
        AnalyzedArticle a = article(articleId).orElse(null);
        AnalyzedArticle b = article(otherArticleId).orElse(null);
        if (a == null || b == null || storyOf(articleId).stream().noneMatch(x -> x.id().equals(otherArticleId))) {
            return Optional.empty();
        }
        return JUDGE.judge(a, statement, b, otherStatement);
    }

    private static final PropositionJudge JUDGE = PropositionJudge.of(Lexicons.defaults());
}
