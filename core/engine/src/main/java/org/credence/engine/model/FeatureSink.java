package org.credence.engine.model;

/**
 * Receives the features of one item (a sentence, a word in its context) as they are computed. The same feature code
 * feeds a model at run time ({@link LinearModel.Scoring}) and the trainer (which keeps the names), so what is learnt
 * is what is applied.
 */
@FunctionalInterface
public interface FeatureSink {

    /**
     * @param name  the feature's name, such as {@code "w=percent"}; read during the call only, so a reused builder
     *              is fine
     * @param value its value, 1 for a present indicator
     */
    void add(CharSequence name, double value);

    /** Adds an indicator feature (value 1). */
    default void add(CharSequence name) {
        add(name, 1);
    }
}
