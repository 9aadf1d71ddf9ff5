package org.credence.api;

import java.util.List;
import java.util.Optional;

/**
 * A read-only view of every article analysed together with the one a rule is looking at.
 * Implementations are immutable and safe to share between threads.
 */
public interface CorpusView {

    /** @return every article of the corpus, in the order they were loaded */
    List<AnalyzedArticle> articles();

    /** @return the article with this id */
    Optional<AnalyzedArticle> article(String articleId);

    /** @return the claim with this id, in whichever article holds it */
    Optional<Claim> claim(String claimId);

    /** @return the number of articles */
    default int size() {
        return articles().size();
    }

    /** @return every group of copies or spun copies; articles that stand alone belong to none */
    List<DuplicateGroup> duplicateGroups();

    /** @return the group of copies the article belongs to, if it belongs to one */
    Optional<DuplicateGroup> duplicateGroupOf(String articleId);

    /**
     * @return the id of the article's origin: its duplicate group's id, or its own id when it stands alone.
     * Two articles with the same origin are one source, not two.
     */
    default String originOf(String articleId) {
        return duplicateGroupOf(articleId).map(DuplicateGroup::id).orElse(articleId);
    }

    /** @return true when the two articles are copies of one origin */
    default boolean sameOrigin(String articleId, String otherArticleId) {
        return originOf(articleId).equals(originOf(otherArticleId));
    }

    /** @return the estimated textual similarity, 0..1, of two articles (near 1 for copies and spun copies) */
    double similarity(String articleId, String otherArticleId);

    /** @return the links from a claim to claims in other articles */
    List<ClaimLink> linksFrom(String claimId);

    /**
     * The articles of the corpus that report the same event as this one: the article itself first, then the others,
     * the closest first. A rule that looks for corroboration or contradiction looks here rather than at the whole
     * corpus, which may hold thousands of unrelated stories. How the engine groups articles into stories may get
     * better; this contract stays.
     *
     * @return the article and the other articles on its story; empty when the corpus does not hold the article
     */
    List<AnalyzedArticle> storyOf(String articleId);
}
