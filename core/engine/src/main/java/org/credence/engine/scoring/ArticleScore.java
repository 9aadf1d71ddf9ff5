package org.credence.engine.scoring;

import java.util.List;

/**
 * An article's score: {@code base} (the check-worthiness-weighted mean of its claims' scores, or the profile's
 * baseline when it has no claim) plus the points of the findings about the whole article equals {@code score}.
 *
 * @param articleId     the article
 * @param base          the mean of its claims' scores
 * @param score         0..100
 * @param contributions findings about the whole article
 */
public record ArticleScore(String articleId, double base, double score, List<Contribution> contributions) {

    public ArticleScore {
        contributions = List.copyOf(contributions);
    }
}
