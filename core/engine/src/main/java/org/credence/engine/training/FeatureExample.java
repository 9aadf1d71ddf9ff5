package org.credence.engine.training;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.credence.engine.model.FeatureSink;

/**
 * One labelled item as a trainer sees it: its features by name (a feature given twice has its values summed) and
 * whether it is a positive example.
 */
public record FeatureExample(Map<String, Double> features, boolean positive) {

    public FeatureExample {
        features = Collections.unmodifiableMap(new LinkedHashMap<>(features));
    }

    /** Collects the features an extractor gives into an example. */
    public static final class Collector implements FeatureSink {

        private final Map<String, Double> features = new LinkedHashMap<>();

        @Override
        public void add(CharSequence name, double value) {
            features.merge(name.toString(), value, Double::sum);
        }

        public FeatureExample labelled(boolean positive) {
            return new FeatureExample(features, positive);
        }
    }
}
