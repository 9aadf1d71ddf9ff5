package org.credence.engine.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A sparse linear classifier as it is applied: a weight per named feature, a bias, and the probability above which
 * the answer is yes. The probability of an item is the logistic function of the bias plus the sum of its features'
 * values times their weights; features the model does not know weigh nothing. Immutable and thread-safe.
 *
 * <p>Names are looked up by a 64-bit hash ({@link FeatureHash}) in an open-addressed table of primitives: applying a
 * model to a sentence costs one probe per feature and builds no strings. Trained by
 * {@code org.credence.engine.training.LinearTrainer}; read and written by {@link LinearModelFile}.
 */
public final class LinearModel {

    private final String kind;
    private final Map<String, String> about;
    private final double bias;
    private final double threshold;
    private final SortedMap<String, Float> weights;
    private final SortedSet<String> vocabulary;
    private final long[] keys;
    private final float[] values;
    private final int mask;

    /**
     * @param kind      what the model decides, such as "check-worthiness"; a loader checks it
     * @param about     how it was made (data, seed, trainer), written to the file in this order
     * @param bias      the intercept
     * @param threshold the probability from which the answer is yes, in (0, 1)
     * @param weights   the weight of each feature; zero weights are dropped
     */
    public LinearModel(String kind, Map<String, String> about, double bias, double threshold, Map<String, Float> weights) {
        this(kind, about, bias, threshold, weights, java.util.Set.of());
    }

    /**
     * @param vocabulary terms the model's features are built around, where the model must know them to look at all
     *                   (the candidate cue phrases of the uncertainty model); kept in order, without repeats
     */
    public LinearModel(String kind, Map<String, String> about, double bias, double threshold, Map<String, Float> weights,
                       java.util.Collection<String> vocabulary) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.about = Collections.unmodifiableMap(new LinkedHashMap<>(about));
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must lie strictly between 0 and 1, was " + threshold);
        }
        if (!Double.isFinite(bias)) {
            throw new IllegalArgumentException("bias must be finite, was " + bias);
        }
        this.bias = bias;
        this.threshold = threshold;
        TreeMap<String, Float> kept = new TreeMap<>();
        weights.forEach((name, w) -> {
            if (!Float.isFinite(w)) {
                throw new IllegalArgumentException("weight of " + name + " is not finite: " + w);
            }
            if (w != 0f) {
                kept.put(name, w);
            }
        });
        this.weights = Collections.unmodifiableSortedMap(kept);
        this.vocabulary = Collections.unmodifiableSortedSet(new TreeSet<>(vocabulary));
        int capacity = Integer.highestOneBit(Math.max(4, kept.size() * 2 - 1)) << 1;
        this.keys = new long[capacity];
        this.values = new float[capacity];
        this.mask = capacity - 1;
        kept.forEach(this::put);
    }

    private void put(String name, float weight) {
        long key = nonZero(FeatureHash.of(name));
        int i = slot(key);
        while (keys[i] != 0) {
            if (keys[i] == key) {
                throw new IllegalArgumentException("feature names collide in the model's hash table: " + name);
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = weight;
    }

    private static long nonZero(long hash) {
        return hash == 0 ? 1 : hash;   // 0 marks an empty slot
    }

    private int slot(long key) {
        return (int) (key ^ (key >>> 32)) * 0x9E3779B9 >>> 7 & mask;
    }

    /** @return the weight of a feature, 0 when the model does not know it */
    public double weight(CharSequence name) {
        long key = nonZero(FeatureHash.of(name));
        for (int i = slot(key); keys[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        return 0;
    }

    public String kind() {
        return kind;
    }

    public Map<String, String> about() {
        return about;
    }

    public double bias() {
        return bias;
    }

    public double threshold() {
        return threshold;
    }

    /** @return every non-zero weight by feature name, in name order */
    public SortedMap<String, Float> weights() {
        return weights;
    }

    /** @return the terms the features are built around, in order; empty for most models */
    public SortedSet<String> vocabulary() {
        return vocabulary;
    }

    /** @return the same model with this vocabulary */
    public LinearModel withVocabulary(java.util.Collection<String> terms) {
        return new LinearModel(kind, about, bias, threshold, weights, terms);
    }

    /** @return the same model with another threshold */
    public LinearModel withThreshold(double newThreshold) {
        return new LinearModel(kind, about, bias, newThreshold, weights, vocabulary);
    }

    /** @return the logistic function of a margin: the model's probability of yes */
    public static double probability(double margin) {
        return 1 / (1 + Math.exp(-margin));
    }

    /** Starts scoring one item: feed its features, then read {@link Scoring#probability()}. */
    public Scoring scoring() {
        return new Scoring(false);
    }

    /** Like {@link #scoring()}, and also keeps each known feature's contribution, for explanations. */
    public Scoring explaining() {
        return new Scoring(true);
    }

    /** A feature's share of one item's margin: its value times its weight. */
    public record Contribution(String feature, double amount) {
    }

    /** The sum over one item's features so far. Not thread-safe: one per item. */
    public final class Scoring implements FeatureSink {

        private double margin = bias;
        private final List<Contribution> contributions;

        private Scoring(boolean explain) {
            this.contributions = explain ? new ArrayList<>() : null;
        }

        @Override
        public void add(CharSequence name, double value) {
            double w = weight(name);
            if (w != 0) {
                margin += w * value;
                if (contributions != null) {
                    contributions.add(new Contribution(name.toString(), w * value));
                }
            }
        }

        public double margin() {
            return margin;
        }

        public double probability() {
            return LinearModel.probability(margin);
        }

        /** @return true when the probability reaches the model's threshold */
        public boolean yes() {
            return probability() >= threshold;
        }

        /** @return each known feature's contribution, in the order they came; empty unless explaining */
        public List<Contribution> contributions() {
            return contributions == null ? List.of() : List.copyOf(contributions);
        }
    }
}
