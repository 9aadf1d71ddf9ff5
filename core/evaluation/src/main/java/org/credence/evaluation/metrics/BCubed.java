package org.credence.evaluation.metrics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * B-cubed precision and recall of a clustering against gold classes (Bagga and Baldwin 1998; Amigó et al. 2009):
 * for each item, precision is the share of the items of its cluster that are of its class, recall the share of the
 * items of its class that are in its cluster; both are averaged over the items. Only the items given count.
 */
public final class BCubed {

    /** @param f1 the harmonic mean of the two averages */
    public record Result(double precision, double recall, double f1) {
    }

    private BCubed() {
    }

    /**
     * @param items     the items, each once
     * @param classes   each item's gold class, in the same order
     * @param clusterOf each item's cluster
     */
    public static Result of(List<String> items, List<String> classes, Function<String, String> clusterOf) {
        if (items.size() != classes.size()) {
            throw new IllegalArgumentException(items.size() + " items but " + classes.size() + " classes");
        }
        if (items.isEmpty()) {
            return new Result(0, 0, 0);
        }
        Map<String, Integer> clusterSize = new HashMap<>();
        Map<String, Integer> classSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        String[] cluster = new String[items.size()];
        for (int i = 0; i < items.size(); i++) {
            cluster[i] = clusterOf.apply(items.get(i));
            clusterSize.merge(cluster[i], 1, Integer::sum);
            classSize.merge(classes.get(i), 1, Integer::sum);
            both.merge(cluster[i] + "\u0000" + classes.get(i), 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (int i = 0; i < items.size(); i++) {
            int shared = both.get(cluster[i] + "\u0000" + classes.get(i));
            p += (double) shared / clusterSize.get(cluster[i]);
            r += (double) shared / classSize.get(classes.get(i));
        }
        p /= items.size();
        r /= items.size();
        return new Result(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
}
