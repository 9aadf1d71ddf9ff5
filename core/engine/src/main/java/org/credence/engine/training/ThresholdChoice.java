package org.credence.engine.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.credence.engine.model.LinearModel;

/**
 * Chooses a model's threshold on its own training data without measuring on what it fitted: the examples are split
 * into folds (shuffled with the trainer's seed), each fold is scored by a model fitted on the others, and the
 * threshold that gives the best F1 over all these out-of-fold probabilities is taken from a fixed grid (ties go to
 * the higher threshold).
 */
public final class ThresholdChoice {

    static final int FOLDS = 5;
    static final double LOWEST = 0.2;
    static final double HIGHEST = 0.8;
    static final double STEP = 0.05;

    private ThresholdChoice() {
    }

    public static double bestF1(LinearTrainer trainer, List<FeatureExample> examples) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(trainer.seed()));
        int[] foldOf = new int[examples.size()];
        for (int i = 0; i < order.size(); i++) {
            foldOf[order.get(i)] = i % FOLDS;
        }
        return bestF1(trainer, examples, foldOf);
    }

    /**
     * The same, with the examples of one group (copies of one sentence) always in one fold: a copy on each side would
     * score as if unseen and make the out-of-fold probabilities of repeated sentences too sure. The groups, in the
     * order first seen, are shuffled with the trainer's seed and dealt to the folds in turn.
     *
     * @param groups each example's group, in example order
     */
    public static double bestF1(LinearTrainer trainer, List<FeatureExample> examples, List<String> groups) {
        List<String> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(groups));
        Collections.shuffle(distinct, new Random(trainer.seed()));
        Map<String, Integer> foldOfGroup = new java.util.HashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            foldOfGroup.put(distinct.get(i), i % FOLDS);
        }
        int[] foldOf = new int[examples.size()];
        for (int i = 0; i < foldOf.length; i++) {
            foldOf[i] = foldOfGroup.get(groups.get(i));
        }
        return bestF1(trainer, examples, foldOf);
    }

    private static double bestF1(LinearTrainer trainer, List<FeatureExample> examples, int[] foldOf) {
        double[] probability = new double[examples.size()];
        for (int fold = 0; fold < FOLDS; fold++) {
            List<FeatureExample> train = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (foldOf[i] != fold) {
                    train.add(examples.get(i));
                }
            }
            LinearModel model = trainer.train("threshold", Map.of(), 0.5, train);
            for (int i = 0; i < examples.size(); i++) {
                if (foldOf[i] == fold) {
                    LinearModel.Scoring s = model.scoring();
                    examples.get(i).features().forEach(s::add);
                    probability[i] = s.probability();
                }
            }
        }
        double best = 0.5;
        double bestF1 = -1;
        int steps = (int) Math.round((HIGHEST - LOWEST) / STEP);
        for (int k = 0; k <= steps; k++) {
            double t = Math.round((LOWEST + k * STEP) * 100) / 100.0;
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < examples.size(); i++) {
                boolean yes = probability[i] >= t;
                boolean actual = examples.get(i).positive();
                tp += yes && actual ? 1 : 0;
                fp += yes && !actual ? 1 : 0;
                fn += !yes && actual ? 1 : 0;
            }
            double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
            if (f1 >= bestF1) {
                bestF1 = f1;
                best = t;
            }
        }
        return best;
    }
}
