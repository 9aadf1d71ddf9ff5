package org.credence.evaluation.metrics;

/**
 * The Wilson score interval for a proportion: of {@code n} items, {@code successes} succeeded (a fraction is allowed,
 * for half credits). Chosen over the normal ("Wald") interval and the bootstrap because it stays honest at the small
 * samples and extreme proportions that labelled findings give: 40 of 40 correct gives [0.912, 1], where the Wald
 * interval and a percentile bootstrap both give [1, 1]. With half credits the binomial variance p(1-p)/n it assumes
 * is an upper bound on the variance of a mean of values in [0, 1], so the interval errs on the wide side.
 */
public final class WilsonInterval {

    /** The normal quantile for a two-sided 95% interval. */
    public static final double Z95 = 1.959963984540054;

    /** A closed interval within [0, 1]. */
    public record Interval(double low, double high) {
        public Interval {
            if (!(low <= high)) {
                throw new IllegalArgumentException("low " + low + " is above high " + high);
            }
        }
    }

    private WilsonInterval() {
    }

    /**
     * @param successes how many succeeded, 0..n (fractions allowed)
     * @param n         how many items; 0 gives [0, 1], since nothing is known
     * @param z         the normal quantile of the interval's confidence ({@link #Z95})
     */
    public static Interval of(double successes, int n, double z) {
        if (n < 0 || successes < 0 || successes > n) {
            throw new IllegalArgumentException("need 0 <= successes <= n, was " + successes + " of " + n);
        }
        if (n == 0) {
            return new Interval(0, 1);
        }
        double z2 = z * z;
        double centre = (successes + z2 / 2) / (n + z2);
        double spread = successes * (n - successes) / n;
        double half = z / (n + z2) * Math.sqrt(spread + z2 / 4);
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /** The 95% interval. */
    public static Interval of95(double successes, int n) {
        return of(successes, n, Z95);
    }
}
