package org.credence.engine.scoring;

import java.util.Map;
import java.util.Objects;

/**
 * Weights and switches for the rules, read from a JSON file:
 * <pre>{ "name": "newsroom", "baseline": 70, "rules": { "hedged-language": { "weight": 0.2 }, "copied-content": { "enabled": false } } }</pre>
 * A rule the profile does not name keeps its default weight and is on.
 *
 * @param name     shown in reports
 * @param baseline the score of a claim with no findings, 0..100
 * @param rules    rule id to its setting
 */
public record WeightsProfile(String name, double baseline, Map<String, RuleSetting> rules) {

    /** The baseline when a profile gives none. */
    public static final double DEFAULT_BASELINE = 70;

    public WeightsProfile {
        name = Objects.requireNonNullElse(name, "default");
        if (!(baseline > 0 && baseline < 100)) {
            throw new IllegalArgumentException("baseline must be between 0 and 100 exclusive, was " + baseline);
        }
        rules = Map.copyOf(rules);
    }

    /** @return the profile with every rule at its default weight */
    public static WeightsProfile defaults() {
        return new WeightsProfile("default", DEFAULT_BASELINE, Map.of());
    }

    /** @return the weight to apply to a rule */
    public double weightOf(String ruleId, double defaultWeight) {
        RuleSetting s = rules.get(ruleId);
        return s == null || s.weight() == null ? defaultWeight : s.weight();
    }

    /** @return true unless the profile switches the rule off */
    public boolean isEnabled(String ruleId) {
        RuleSetting s = rules.get(ruleId);
        return s == null || s.enabled();
    }

    /**
     * One rule's setting.
     *
     * @param weight  0..1, or null to keep the rule's default
     * @param enabled false to switch the rule off
     */
    public record RuleSetting(Double weight, boolean enabled) {

        public RuleSetting {
            if (weight != null && !(weight >= 0 && weight <= 1)) {
                throw new IllegalArgumentException("weight must be within 0..1, was " + weight);
            }
        }
    }
}
