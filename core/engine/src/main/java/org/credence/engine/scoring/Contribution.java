package org.credence.engine.scoring;

import org.credence.api.Finding;

/**
 * What one finding did to a score, in points: negative lowered it.
 *
 * @param finding the finding
 * @param weight  the rule's weight in the profile that was applied
 * @param points  the points it moved the score by; a score's contributions add up to its distance from its base
 */
public record Contribution(Finding finding, double weight, double points) {

    public String ruleId() {
        return finding.ruleId();
    }
}
