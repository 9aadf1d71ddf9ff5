package org.credence.engine.scoring;

import java.util.Map;
import java.util.Optional;

/**
 * Every score of a corpus under one weights profile.
 *
 * @param profile  the profile that was applied
 * @param claims   claim id to score
 * @param articles article id to score
 */
public record ScoreSheet(WeightsProfile profile, Map<String, ClaimScore> claims, Map<String, ArticleScore> articles) {

    public ScoreSheet {
        claims = Map.copyOf(claims);
        articles = Map.copyOf(articles);
    }

    public Optional<ClaimScore> claim(String claimId) {
        return Optional.ofNullable(claims.get(claimId));
    }

    public Optional<ArticleScore> article(String articleId) {
        return Optional.ofNullable(articles.get(articleId));
    }
}
