package org.credence.evaluation.crossval;

import java.util.List;

/** One figure measured on each fold: its mean, standard deviation (n - 1), lowest and highest. */
public record Spread(double mean, double sd, double min, double max, int folds) {

    public static Spread of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no folds");
        }
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double ss = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
        double sd = values.size() < 2 ? 0 : Math.sqrt(ss / (values.size() - 1));
        return new Spread(mean, sd, values.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                values.stream().mapToDouble(Double::doubleValue).max().orElseThrow(), values.size());
    }
}
