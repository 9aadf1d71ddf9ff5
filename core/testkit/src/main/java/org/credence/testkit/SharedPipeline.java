package org.credence.testkit;

import org.credence.engine.analysis.LanguagePipeline;
import org.credence.engine.analysis.OpenNlpPipeline;

/**
 * One real language pipeline per test JVM: loading the OpenNLP models takes about a second, and the pipeline is
 * immutable and thread-safe, so every fixture may share it.
 */
final class SharedPipeline {

    private SharedPipeline() {
    }

    static LanguagePipeline get() {
        return Holder.PIPELINE;
    }

    private static final class Holder {
        private static final LanguagePipeline PIPELINE = new OpenNlpPipeline();
    }
}
