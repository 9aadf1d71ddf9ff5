package org.credence.engine.progress;

/** Hears how a scoring run advances, stage by stage. Called from worker threads; implementations must be thread-safe. */
public interface ProgressListener {

    /** A listener that ignores everything. */
    ProgressListener NONE = new ProgressListener() {
    };

    /** A stage has advanced: {@code done} of {@code total} items. */
    default void progress(Stage stage, int done, int total) {
    }

    /** A stage has finished after {@code nanos} nanoseconds of wall time. */
    default void finished(Stage stage, long nanos) {
    }

    /** One rule's calls on the whole corpus took this long in all (nanoseconds, summed over threads). */
    default void ruleTime(String ruleId, long nanos) {
    }

    /** The stages of a run, in order. */
    enum Stage {
        READ("reading"), ANALYSE("analysing"), CORPUS("comparing articles"), RULES("applying rules"), SCORE("scoring");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        /** @return a word or two for a progress bar */
        public String label() {
            return label;
        }
    }
}
