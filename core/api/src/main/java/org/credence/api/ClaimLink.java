package org.credence.api;

import java.io.Serializable;
import java.util.Objects;

/**
 * A claim in one article that bears on a claim in another: the same figure, or a conflicting one, about the same
 * thing, as the corpus links them ({@link CorpusView#linksFrom}); or a claim a rule relates to the one its finding is
 * about ({@link Finding#related()}), such as the denial that contradicts it.
 *
 * @param claimId      the claim the link starts from
 * @param otherClaimId the claim in the other article
 * @param otherArticle the other article's id
 * @param relation     how the two stand
 * @param independent  true when the two articles have different origins (neither copies the other)
 * @param subject      the thing both figures count, in lower case ("fighters"), or empty
 */
public record ClaimLink(String claimId, String otherClaimId, String otherArticle, Relation relation, boolean independent,
                        String subject) implements Serializable {

    public ClaimLink {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(otherClaimId, "otherClaimId");
        Objects.requireNonNull(otherArticle, "otherArticle");
        Objects.requireNonNull(relation, "relation");
        subject = Objects.requireNonNullElse(subject, "");
    }
}
