package org.credence.evaluation.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * What a figure would be without any judgement, to read the measured one against: for a ranking, the file's own
 * order and a random order; for a yes-or-no decision, always the majority answer, always yes, and yes at random
 * as often as the label occurs.
 */
public final class Baselines {

    /** Random orders averaged for the random MAP. */
    public static final int RANDOM_ROUNDS = 100;

    private Baselines() {
    }

    /** MAP when every line scores the same, so the file order decides. */
    public static double fileOrderMap(List<List<AveragePrecision.Scored>> rankings) {
        List<List<AveragePrecision.Scored>> flat = new ArrayList<>();
        for (List<AveragePrecision.Scored> r : rankings) {
            flat.add(r.stream().map(s -> new AveragePrecision.Scored(0, s.relevant())).toList());
        }
        return AveragePrecision.mean(flat);
    }

    /** MAP of random orders, averaged over {@link #RANDOM_ROUNDS} shuffles drawn with the seed. */
    public static double randomMap(List<List<AveragePrecision.Scored>> rankings, long seed) {
        Random random = new Random(seed);
        double sum = 0;
        for (int round = 0; round < RANDOM_ROUNDS; round++) {
            List<List<AveragePrecision.Scored>> shuffled = new ArrayList<>();
            for (List<AveragePrecision.Scored> r : rankings) {
                List<AveragePrecision.Scored> copy = new ArrayList<>(r.stream()
                        .map(s -> new AveragePrecision.Scored(0, s.relevant())).toList());
                Collections.shuffle(copy, random);
                shuffled.add(copy);
            }
            sum += AveragePrecision.mean(shuffled);
        }
        return sum / RANDOM_ROUNDS;
    }

    /** F1 of always giving the more common answer: 0 unless most items are positive. */
    public static double majorityF1(int positives, int total) {
        return 2L * positives > total ? alwaysYesF1(positives, total) : 0;
    }

    /** F1 of saying yes to every item: precision is the positive share, recall 1. */
    public static double alwaysYesF1(int positives, int total) {
        double p = total == 0 ? 0 : (double) positives / total;
        return p == 0 ? 0 : 2 * p / (1 + p);
    }

    /** Expected F1 of saying yes at random as often as positives occur: precision and recall both the positive share. */
    public static double randomF1(int positives, int total) {
        return total == 0 ? 0 : (double) positives / total;
    }
}
