package org.credence.evaluation.calibration;

/**
 * What calibration made of one rule.
 *
 * @param ruleId        the rule
 * @param coefficient   its logistic coefficient (see {@link Coefficients})
 * @param firedOn       training articles where it said something
 * @param defaultWeight its weight before
 * @param weight        its weight in the calibrated profile; 0 when switched off
 * @param outcome       why it got that weight
 */
public record RuleCalibration(String ruleId, double coefficient, int firedOn, double defaultWeight, double weight,
                              Outcome outcome) {

    /** Why a rule got the weight it did. */
    public enum Outcome {
        /** Its coefficient is positive: its signed strength goes with credibility, as a rule's should. */
        KEPT("kept"),
        /** Its coefficient is negative: on these labels it points the wrong way, so it is switched off. */
        WRONG_DIRECTION("off: wrong direction"),
        /** Its coefficient is about 0 (or it never fired in training): no evidence it helps, so it is switched off. */
        NEGLIGIBLE("off: about 0");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean enabled() {
        return outcome == Outcome.KEPT;
    }
}
