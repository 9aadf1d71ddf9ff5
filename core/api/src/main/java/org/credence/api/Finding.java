package org.credence.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What a rule says about one claim, or about the whole article.
 *
 * <p>The strength is signed: negative lowers the claim's credibility, positive raises it; its size, up to 1,
 * says how strongly. The engine turns strengths into points with the rule's weight; a rule never scores.
 *
 * @param ruleId      the id of the rule that made it ({@link RuleInfo#id()})
 * @param claimId     the claim it is about, or the empty string for the whole article
 * @param strength    -1..1: which way and how strongly
 * @param explanation one or two sentences a reviewer can read, naming the evidence
 * @param evidence    the passages of the article that support it
 * @param related     claims in other articles that bear on it, each a link from this finding's claim
 */
public record Finding(String ruleId, String claimId, double strength, String explanation, List<Evidence> evidence,
                      List<ClaimLink> related) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        claimId = Objects.requireNonNullElse(claimId, "");
        explanation = Objects.requireNonNullElse(explanation, "");
        evidence = List.copyOf(evidence);
        related = List.copyOf(related);
    }

    /** @return a finding about one claim */
    public static Finding about(Claim claim, String ruleId, double strength, String explanation, List<Evidence> evidence) {
        return new Finding(ruleId, claim.id(), strength, explanation, evidence, List.of());
    }

    /** @return true when the finding is about the whole article rather than one claim */
    public boolean isArticleLevel() {
        return claimId.isEmpty();
    }

    /**
     * The strongest findings (by the size of their strength; the earlier of two equally strong), at most {@code max},
     * in the order given: for a rule that may find more on one article than the engine takes
     * ({@link CredibilityRule#MAX_FINDINGS}).
     */
    public static List<Finding> strongest(List<Finding> findings, int max) {
        if (findings.size() <= max) {
            return findings;
        }
        List<Integer> order = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -Math.abs(findings.get(i).strength()))
                .thenComparingInt(i -> i));
        List<Integer> kept = new ArrayList<>(order.subList(0, Math.max(0, max)));
        kept.sort(Comparator.naturalOrder());
        return kept.stream().map(findings::get).toList();
    }
}
