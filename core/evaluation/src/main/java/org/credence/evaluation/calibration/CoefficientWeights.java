package org.credence.evaluation.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.credence.engine.result.RuleDescriptor;
import org.credence.engine.scoring.WeightsProfile;

/**
 * Turns fitted coefficients into rule weights, documented in docs/scoring.md ("Calibrated profiles"):
 * <ul>
 *   <li>A rule whose coefficient is about 0 is switched off (weight 0): its |coefficient| is below
 *       {@value #MIN_COEFFICIENT} or below {@value #RELATIVE_FLOOR} of the largest |coefficient|, or it never fired in
 *       training. The labels give no evidence it helps.</li>
 *   <li>A rule with a negative coefficient is switched off: on these labels its findings point the wrong way (the
 *       articles it doubts are more often credible). A weight cannot be negative, and reversing a rule's meaning is
 *       a decision for its author, not for a fit.</li>
 *   <li>The other rules get weights proportional to their coefficients, the largest 1:
 *       {@code weight = coefficient / largest coefficient}, rounded to two decimals. Because the features are in
 *       the units a weight multiplies ({@link RuleFeatures}), weights in these ratios rank articles as the fitted
 *       model does while effects are small; only the ratios matter for that ranking, so the largest is set to 1.</li>
 * </ul>
 */
public final class CoefficientWeights {

    /** Below this |coefficient| (log-odds per unit of mean strength) a rule counts as about 0. */
    public static final double MIN_COEFFICIENT = 0.01;
    /** Below this share of the largest |coefficient| a rule counts as about 0. */
    public static final double RELATIVE_FLOOR = 0.01;

    /** @return one row per rule, in the order given */
    public List<RuleCalibration> map(Coefficients fitted, List<RuleDescriptor> rules) {
        double largestMagnitude = 0;
        double largestPositive = 0;
        for (RuleDescriptor r : rules) {
            double b = fitted.of(r.id());
            largestMagnitude = Math.max(largestMagnitude, Math.abs(b));
            largestPositive = Math.max(largestPositive, b);
        }
        List<RuleCalibration> out = new ArrayList<>();
        for (RuleDescriptor r : rules) {
            double b = fitted.of(r.id());
            int fired = fitted.firedOn().getOrDefault(r.id(), 0);
            double defaultWeight = r.info().defaultWeight();
            RuleCalibration.Outcome outcome;
            double weight = 0;
            if (fired == 0 || Math.abs(b) < MIN_COEFFICIENT || Math.abs(b) < RELATIVE_FLOOR * largestMagnitude) {
                outcome = RuleCalibration.Outcome.NEGLIGIBLE;
            } else if (b < 0) {
                outcome = RuleCalibration.Outcome.WRONG_DIRECTION;
            } else {
                outcome = RuleCalibration.Outcome.KEPT;
                weight = Math.max(0.01, Math.min(1, Math.round(100 * b / largestPositive) / 100.0));
            }
            out.add(new RuleCalibration(r.id(), b, fired, defaultWeight, weight, outcome));
        }
        return out;
    }

    /** A profile that sets every rule: kept rules at their new weight, the others off with weight 0. */
    public WeightsProfile profile(String name, double baseline, List<RuleCalibration> rows) {
        Map<String, WeightsProfile.RuleSetting> rules = new LinkedHashMap<>();
        for (RuleCalibration row : rows) {
            rules.put(row.ruleId(), new WeightsProfile.RuleSetting(row.weight(), row.enabled()));
        }
        return new WeightsProfile(name, baseline, rules);
    }
}
