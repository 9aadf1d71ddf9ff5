package org.credence.evaluation.findings;

import org.credence.evaluation.metrics.WilsonInterval;

/**
 * The precision of one rule (or of all rules together) on labelled findings: correct counts 1, partly a half,
 * incorrect 0, over the number labelled; with its 95% Wilson score interval.
 *
 * @param rule      the rule's id, or {@link #ALL} for every finding together
 * @param correct   findings labelled correct
 * @param partly    findings labelled partly
 * @param incorrect findings labelled incorrect
 * @param population how many findings of the rule the drawn reports held, 0 when not known
 */
public record RulePrecision(String rule, int correct, int partly, int incorrect, int population) {

    /** The name of the row that counts every finding together. */
    public static final String ALL = "all";

    public RulePrecision {
        if (correct < 0 || partly < 0 || incorrect < 0 || population < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    public int n() {
        return correct + partly + incorrect;
    }

    /** Correct plus half the partly ones. */
    public double credit() {
        return correct + Label.PARTLY.credit() * partly;
    }

    /** Credit over n; NaN when nothing is labelled. */
    public double precision() {
        return n() == 0 ? Double.NaN : credit() / n();
    }

    /** The 95% Wilson score interval; [0, 1] when nothing is labelled. */
    public WilsonInterval.Interval interval() {
        return WilsonInterval.of95(credit(), n());
    }

    RulePrecision add(Label label) {
        return new RulePrecision(rule, correct + (label == Label.CORRECT ? 1 : 0), partly + (label == Label.PARTLY ? 1 : 0),
                incorrect + (label == Label.INCORRECT ? 1 : 0), population);
    }

    RulePrecision withPopulation(int findings) {
        return new RulePrecision(rule, correct, partly, incorrect, findings);
    }
}
