package org.credence.api;

import java.util.Objects;

/**
 * A claim in another article that a finding points to.
 *
 * @param articleId the other article
 * @param claimId   the other claim
 * @param relation  how the two stand to each other
 */
public record RelatedClaim(String articleId, String claimId, Relation relation) {

    public RelatedClaim {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(relation, "relation");
    }
}
