package org.credence.evaluation.datasets;

import java.nio.file.Path;

/** A data set file that cannot be read; the message is one line naming the file (and line) and the reason. */
public final class DatasetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatasetException(Path file, String reason) {
        super(file + ": " + reason);
    }

    public DatasetException(Path file, long line, String reason) {
        super(file + ":" + line + ": " + reason);
    }
}
