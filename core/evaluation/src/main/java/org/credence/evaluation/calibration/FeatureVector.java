package org.credence.evaluation.calibration;

import java.util.Map;

/**
 * One article's features for calibration: for each rule, how strongly it spoke about the article (see
 * {@link RuleFeatures}); 0 when it said nothing.
 *
 * @param articleId the article
 * @param byRule    rule id to feature value, for every rule that ran
 */
public record FeatureVector(String articleId, Map<String, Double> byRule) {

    public FeatureVector {
        byRule = Map.copyOf(byRule);
    }

    public double of(String ruleId) {
        return byRule.getOrDefault(ruleId, 0.0);
    }
}
