package org.credence.evaluation.calibration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.credence.evaluation.datasets.LabelledArticle;

/**
 * Splits labelled articles into train and held-back parts, the same way every time for the same input and seed, and
 * keeping each label's share: of each label's n articles, round(n × holdout) are held back (at least one, and at
 * least one is left to train on).
 *
 * <p>How: one {@code Random(seed)} shuffles the positions of the credible articles, then those of the fake
 * ones ({@code Collections.shuffle}, whose algorithm the JDK specifies); the first k of each are held back. Both parts
 * keep the input order.
 */
public final class StratifiedSplitter {

    private final double holdout;
    private final long seed;

    /**
     * @param holdout the share of each label to hold back, strictly between 0 and 1
     * @param seed    the seed of the shuffle
     */
    public StratifiedSplitter(double holdout, long seed) {
        if (!(holdout > 0 && holdout < 1)) {
            throw new IllegalArgumentException("holdout must be between 0 and 1 exclusive, was " + holdout);
        }
        this.holdout = holdout;
        this.seed = seed;
    }

    /** @throws IllegalArgumentException when a label has fewer than two articles (one to fit, one to judge) */
    public Split split(List<LabelledArticle> articles) {
        Random random = new Random(seed);
        Set<Integer> heldBack = new HashSet<>();
        for (boolean label : new boolean[] {true, false}) {
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                if (articles.get(i).credible() == label) {
                    positions.add(i);
                }
            }
            if (positions.size() < 2) {
                throw new IllegalArgumentException("needs at least 2 articles labelled " + (label ? 1 : 0)
                        + ", has " + positions.size());
            }
            Collections.shuffle(positions, random);
            heldBack.addAll(positions.subList(0, heldBackCount(positions.size())));
        }
        List<LabelledArticle> train = new ArrayList<>();
        List<LabelledArticle> heldOut = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            (heldBack.contains(i) ? heldOut : train).add(articles.get(i));
        }
        return new Split(train, heldOut);
    }

    /** How many of a label's n articles are held back: round(n × holdout), within 1..n-1. */
    int heldBackCount(int n) {
        return (int) Math.max(1, Math.min(n - 1, Math.round(n * holdout)));
    }
}
