package org.credence.evaluation.calibration;

/**
 * Labelled data that cannot be calibrated on: a missing file, no label column, a label that is not 0 or 1, too few
 * articles of a label. The message is one line, "WHERE: REASON", WHERE naming the file (and line where it applies).
 */
public final class CalibrationException extends Exception {

    private static final long serialVersionUID = 1L;

    public CalibrationException(String location, String reason) {
        super(location + ": " + reason.replaceAll("[\\r\\n\\t]+", " ").strip());
    }
}
