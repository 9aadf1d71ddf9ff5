package org.credence.evaluation;

import java.nio.file.Path;

/**
 * An evaluation that can also train its model afresh in k folds and measure each fold's model on what the fold
 * held out ({@code credence eval DATASET PATH --cross-validate K}), reporting the figures with their spread across
 * folds and the baselines beside them.
 */
public interface CrossValidated {

    /**
     * @param path     the data set's file or folder
     * @param k        the number of folds, at least 2
     * @param seed     the seed of the fold assignment and of training
     * @param training a data set the model learns from when it is not this one (CheckThat!'s model learns from
     *                 ClaimBuster); null for the default place beside this data set
     */
    EvaluationResult crossValidate(Path path, int k, long seed, Path training, EvaluationContext context)
            throws InterruptedException;
}
