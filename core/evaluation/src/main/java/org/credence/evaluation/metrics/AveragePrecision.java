package org.credence.evaluation.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Average precision of a ranking, as the CLEF CheckThat! 2019 task 1 scorer computes it: lines sorted by score,
 * highest first (ties keep their order in the file); the precision at the rank of each checked line, summed and
 * divided by the number of checked lines. A file with no checked line scores 0.
 */
public final class AveragePrecision {

    private AveragePrecision() {
    }

    /** One line of a ranking: its score and whether it is relevant (was fact-checked). */
    public record Scored(double score, boolean relevant) {
    }

    /** @param lines in file order */
    public static double of(List<Scored> lines) {
        List<Scored> ranked = new ArrayList<>(lines);
        ranked.sort(Comparator.comparingDouble(Scored::score).reversed());   // stable: ties keep file order
        int relevant = 0;
        double sum = 0;
        for (int i = 0; i < ranked.size(); i++) {
            if (ranked.get(i).relevant()) {
                relevant++;
                sum += (double) relevant / (i + 1);
            }
        }
        return relevant == 0 ? 0 : sum / relevant;
    }

    /** The mean of each ranking's average precision. */
    public static double mean(List<List<Scored>> rankings) {
        return rankings.stream().mapToDouble(AveragePrecision::of).average().orElse(0);
    }
}
