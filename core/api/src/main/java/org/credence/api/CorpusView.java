package org.credence.api;

import java.util.List;
import java.util.Optional;

/**
 * A read-only view of the articles analysed together with the one a rule is looking at. A large run is judged in
 * parts, with only some articles in memory (a bounded run, or a cluster); each part holds, for each article it
 * judges, the article's story ({@link #storyOf}) and its copies ({@link #duplicateGroupOf}). A claim that
 * {@link #linksFrom} names in another story may then be absent from {@link #claim}: statements of two stories are
 * never the same proposition ({@link #sameProposition}). Rules that look through a story and its copies give the
 * same findings however the run is cut. Implementations are immutable and safe to share
 * between threads.
 */
public interface CorpusView {

    /**
     * @return the articles judged in this run, or in this part of it, in the order they were loaded; the articles
     * they reach are found with {@link #article} and the methods that name them
     */
    List<AnalyzedArticle> articles();

    /** @return the article with this id */
    Optional<AnalyzedArticle> article(String articleId);

    /** @return the claim with this id, in whichever article holds it */
    Optional<Claim> claim(String claimId);

    /** @return the number of articles judged here ({@link #articles}) */
    default int size() {
        return articles().size();
    }

    /**
     * @return every group of copies: exact, machine-paraphrased ("spun") or rewritten sentence by sentence; articles
     * that stand alone belong to none. Independent reports of one event are not copies and form no group.
     */
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

    /**
     * @return how two articles that are copies of each other line up sentence by sentence, seen from
     * {@code articleId}; empty when they are not (two members of a group may be joined only through a third)
     */
    default Optional<CopyAlignment> alignment(String articleId, String otherArticleId) {
        return Optional.empty();
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

    /**
     * The id of the article's story: the same for every article of one story, stable for the same articles whatever
     * order they were loaded in. Since API 2.1.0.
     *
     * @return the story's id; the article's own id when it shares its story with no other, or is not in the corpus
     */
    default String storyId(String articleId) {
        return storyOf(articleId).stream().map(AnalyzedArticle::id).min(String::compareTo).orElse(articleId);
    }

    /**
     * Whether two statements are about the same thing: the same event or the same counted subject, said by articles
     * of one story (or one article). A denial, a confirming figure or a conflicting figure bears on a claim only
     * when this holds. Statements of different stories are never the same proposition; a statement that only
     * forecasts or supposes something ("Russia could recruit ...", "the possible recruitment") does not assert it.
     * Since API 2.1.0; a view that cannot judge returns empty.
     *
     * @param articleId      the article of the first statement
     * @param statement      where the first statement stands in that article's text (a claim's span, a sentence,
     *                       or the part of it that matters, such as what a denial denies)
     * @param otherArticleId the article of the second statement (may be the same article)
     * @param otherStatement where the second statement stands in its article's text
     * @return what the two share when they are about the same thing; empty when they are not
     */
    default Optional<SameProposition> sameProposition(String articleId, Span statement, String otherArticleId,
                                                      Span otherStatement) {
        return Optional.empty();
    }

    /** {@link #sameProposition(String, Span, String, Span)} for two claims. Since API 2.1.0. */
    default Optional<SameProposition> sameProposition(Claim claim, Claim other) {
        return sameProposition(claim.articleId(), claim.span(), other.articleId(), other.span());
    }
}
