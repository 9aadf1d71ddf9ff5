package org.credence.evaluation.calibration;

import java.util.Map;

/**
 * A fitted logistic regression of "credible" on the rule features: log-odds = intercept + Σ coefficient × feature.
 *
 * @param intercept the log-odds of an article no rule spoke about
 * @param byRule    rule id to its coefficient; positive means the higher the rule's signed strength, the more
 *                  likely the article is credible
 * @param firedOn   rule id to the number of training articles where its feature was not 0
 */
public record Coefficients(double intercept, Map<String, Double> byRule, Map<String, Integer> firedOn) {

    public Coefficients {
        byRule = Map.copyOf(byRule);
        firedOn = Map.copyOf(firedOn);
    }

    public double of(String ruleId) {
        return byRule.getOrDefault(ruleId, 0.0);
    }
}
