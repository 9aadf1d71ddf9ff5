package org.credence.evaluation.crossval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Assigns items to k folds by group, so that the items of one group (the sentences of one article, the lines of one
 * debate) never sit on both sides of a split: the groups, in the order first seen, are shuffled with the seed and
 * dealt to the folds in turn. An item that is its own group gives plain k-fold.
 */
public final class Folds {

    private Folds() {
    }

    /**
     * @param groups each item's group, in item order
     * @return each item's fold, 0..k-1
     * @throws IllegalArgumentException when k is below 2 or above the number of groups
     */
    public static int[] assign(List<String> groups, int k, long seed) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(groups));
        if (k < 2 || k > distinct.size()) {
            throw new IllegalArgumentException("cannot make " + k + " folds of " + distinct.size() + " groups; k must be"
                    + " between 2 and the number of groups");
        }
        Collections.shuffle(distinct, new Random(seed));
        Map<String, Integer> foldOf = new HashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            foldOf.put(distinct.get(i), i % k);
        }
        int[] out = new int[groups.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = foldOf.get(groups.get(i));
        }
        return out;
    }
}
