package org.credence.evaluation.datasets;

import java.nio.file.Path;

/** A data set file that cannot be read; the message is one line naming the file (and line) and the reason. */
public final class DatasetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatasetException(Path file, String reason) {
        super(file + ": " + reason);
    }

    /** @param location a file, or a file and line ("a.csv:7"), as the readers name rows */
    public DatasetException(String location, String reason) {
        super(location + ": " + reason.replaceAll("[\\r\\n\\t]+", " ").strip());
    }

    public DatasetException(Path file, long line, String reason) {
        super(file + ":" + line + ": " + reason);
    }
}
