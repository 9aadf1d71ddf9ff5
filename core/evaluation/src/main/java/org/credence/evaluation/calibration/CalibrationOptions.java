package org.credence.evaluation.calibration;

/**
 * How to calibrate.
 *
 * @param holdout the share of each label held back to measure the AUCs on, strictly between 0 and 1 (0.3)
 * @param seed    the seed of the train/held-back split (42)
 */
public record CalibrationOptions(double holdout, long seed) {

    public CalibrationOptions {
        if (!(holdout > 0 && holdout < 1)) {
            throw new IllegalArgumentException("holdout must be between 0 and 1 exclusive, was " + holdout);
        }
    }

    public static CalibrationOptions defaults() {
        return new CalibrationOptions(0.3, 42);
    }
}
