package org.credence.engine.scoring;

import java.util.List;

/**
 * A claim's score: {@code base} plus the sum of the contributions' points equals {@code score}.
 *
 * @param claimId       the claim
 * @param base          the score a claim with no findings gets (the profile's baseline)
 * @param score         0..100, higher is more credible
 * @param contributions each finding's part, in rule order
 */
public record ClaimScore(String claimId, double base, double score, List<Contribution> contributions) {

    public ClaimScore {
        contributions = List.copyOf(contributions);
    }

    /** @return the summed points of one rule's findings, 0 when it said nothing */
    public double pointsOf(String ruleId) {
        return contributions.stream().filter(c -> c.ruleId().equals(ruleId)).mapToDouble(Contribution::points).sum();
    }
}
