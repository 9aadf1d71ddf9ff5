package org.credence.evaluation;

import java.nio.file.Path;

/** Measures one part of Credence against one data set labelled by others. */
public interface Evaluation {

    /** The data set's short name, as the command line and the floors file spell it. */
    String dataset();

    /** Where the data set lies under the shared data folder. */
    String defaultPath();

    /** How many items the fast slice takes, enough for a stable figure in well under a minute. */
    int fastSlice();

    /**
     * @param path  the data set's file or folder
     * @param limit at most this many items, spread evenly over the data set; 0 for all
     */
    EvaluationResult run(Path path, int limit, EvaluationContext context) throws InterruptedException;
}
