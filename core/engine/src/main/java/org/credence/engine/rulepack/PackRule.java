package org.credence.engine.rulepack;

import java.util.Objects;

import org.credence.api.RuleInfo;

/**
 * One rule of a pack.
 *
 * @param info        its id, name, description, default weight and signal, as for a Java rule
 * @param when        what a claim must show for the rule to speak; every part given must hold
 * @param unless      what silences it; any part given that holds does
 * @param effect      the finding's strength, -1..1: negative lowers the claim's score
 * @param explanation the explanation shown to a reviewer, placeholders filled in
 */
public record PackRule(RuleInfo info, ClaimCondition when, ClaimCondition unless, double effect,
                       ExplanationTemplate explanation) {

    public PackRule {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(when, "when");
        unless = Objects.requireNonNullElse(unless, ClaimCondition.NOTHING);
        Objects.requireNonNull(explanation, "explanation");
    }
}
