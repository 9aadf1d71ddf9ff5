package org.credence.evaluation.calibration;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.credence.engine.report.Report;
import org.credence.engine.scoring.WeightsProfile;

/**
 * What a calibration gave.
 *
 * @param source    the labelled file
 * @param split     the train and held-back parts
 * @param aucBefore the ROC AUC of the held-back articles' scores under the default weights
 * @param aucAfter  the same under the calibrated profile, re-scored from the same findings
 * @param intercept the fitted log-odds of an article no rule spoke about
 * @param rules     one row per rule, in the engine's rule order
 * @param profile   the calibrated weights profile
 * @param report    the scoring run under the default weights (its problems and rule failures, too)
 */
public record CalibrationResult(Path source, Split split, double aucBefore, double aucAfter, double intercept,
                                List<RuleCalibration> rules, WeightsProfile profile, Report report) {

    public CalibrationResult {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(split, "split");
        rules = List.copyOf(rules);
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(report, "report");
    }
}
