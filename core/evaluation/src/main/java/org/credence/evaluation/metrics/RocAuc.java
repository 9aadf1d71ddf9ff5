package org.credence.evaluation.metrics;

import java.util.Arrays;

/**
 * Area under the ROC curve: the chance that a positive item scores above a negative one, ties counting half
 * (the Mann-Whitney U statistic over the product of the class sizes; the same as the area under a ROC curve that
 * merges tied scores into one point). 0.5 is a coin; 1 separates perfectly.
 *
 * <p>Scores are first rounded to 1e-6, so that floating-point noise (a mean of 70s that comes out as
 * 70.00000000000001) does not break ties that are real. Both {@code credence eval} and {@code credence calibrate}
 * measure with this one class.
 */
public final class RocAuc {

    private RocAuc() {
    }

    /**
     * @return the AUC, or NaN when either class is empty
     */
    public static double of(double[] scores, boolean[] positive) {
        if (scores.length != positive.length) {
            throw new IllegalArgumentException(scores.length + " scores but " + positive.length + " labels");
        }
        int n = scores.length;
        double[] rounded = new double[n];
        for (int i = 0; i < n; i++) {
            rounded[i] = Math.round(scores[i] * 1e6) / 1e6;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(rounded[a], rounded[b]));
        // average ranks over runs of equal scores
        double[] rank = new double[n];
        for (int i = 0; i < n; ) {
            int j = i;
            while (j + 1 < n && rounded[order[j + 1]] == rounded[order[i]]) {
                j++;
            }
            double average = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                rank[order[k]] = average;
            }
            i = j + 1;
        }
        long positives = 0;
        double rankSum = 0;
        for (int i = 0; i < n; i++) {
            if (positive[i]) {
                positives++;
                rankSum += rank[i];
            }
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }
}
