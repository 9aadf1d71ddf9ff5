package org.credence.evaluation.metrics;

/**
 * True positives, false positives and false negatives, and the precision, recall and F1 they give.
 * An empty denominator gives 0, as the CoNLL-2010 and ClaimBuster scorers do.
 */
public record Counts(int truePositives, int falsePositives, int falseNegatives) {

    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /** Counts one decision: what was predicted against what was labelled. */
    public Counts add(boolean predicted, boolean actual) {
        return new Counts(truePositives + (predicted && actual ? 1 : 0), falsePositives + (predicted && !actual ? 1 : 0),
                falseNegatives + (!predicted && actual ? 1 : 0));
    }

    public Counts plus(Counts other) {
        return new Counts(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
