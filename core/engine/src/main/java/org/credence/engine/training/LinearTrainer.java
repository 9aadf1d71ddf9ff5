package org.credence.engine.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import de.bwaldvogel.liblinear.Model;
import org.credence.engine.model.LinearModel;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.liblinear.LibLinearClassificationModel;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Fits a {@link LinearModel} (L2-regularised logistic regression) to labelled feature examples with Tribuo's
 * liblinear trainer, and takes its weights out into Credence's own model (decision 0023). Shared by every learned
 * model of the engine.
 *
 * <p>liblinear solves the regularised problem exactly (trust-region Newton), with no random order: the same examples
 * give the same weights, so a shipped model can be rebuilt byte for byte. Training runs on the calling thread.
 *
 * @param cost     liblinear's C: how much fitting the data outweighs keeping the weights small
 * @param minCount a feature seen in fewer examples than this is left out
 * @param seed     the seed handed to Tribuo (the solver for logistic regression does not draw on it)
 */
public record LinearTrainer(double cost, int minCount, long seed) {

    private static final String POSITIVE = "1";
    private static final String NEGATIVE = "0";
    private static final double EPSILON = 0.01;
    private static final int MAX_ITERATIONS = 1000;

    public LinearTrainer {
        if (!(cost > 0) || minCount < 1) {
            throw new IllegalArgumentException("cost must be above 0 and minCount at least 1");
        }
    }

    /** The same settings with another seed. */
    public LinearTrainer withSeed(long newSeed) {
        return new LinearTrainer(cost, minCount, newSeed);
    }

    /**
     * @param kind      what the model decides, written into it
     * @param about     how it was made, written into it (the trainer's settings are added)
     * @param threshold the probability from which the model says yes
     * @param examples  the training examples; both labels must occur
     */
    public LinearModel train(String kind, Map<String, String> about, double threshold, List<FeatureExample> examples) {
        long positives = examples.stream().filter(FeatureExample::positive).count();
        if (positives == 0 || positives == examples.size()) {
            throw new IllegalArgumentException("training needs positive and negative examples; got " + positives
                    + " positive of " + examples.size());
        }
        Map<String, Integer> counts = new HashMap<>();
        for (FeatureExample e : examples) {
            e.features().keySet().forEach(f -> counts.merge(f, 1, Integer::sum));
        }
        LabelFactory labels = new LabelFactory();
        List<org.tribuo.Example<Label>> tribuoExamples = new ArrayList<>(examples.size());
        for (FeatureExample e : examples) {
            List<String> names = new ArrayList<>(e.features().size());
            List<Double> values = new ArrayList<>(e.features().size());
            e.features().forEach((f, v) -> {
                if (counts.get(f) >= minCount) {
                    names.add(f);
                    values.add(v);
                }
            });
            tribuoExamples.add(new ArrayExample<>(new Label(e.positive() ? POSITIVE : NEGATIVE),
                    names.toArray(String[]::new), values.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        MutableDataset<Label> data = new MutableDataset<>(new ListDataSource<>(tribuoExamples, labels,
                new SimpleDataSourceProvenance("credence training examples", labels)));
        Logger tribuoLog = Logger.getLogger("org.tribuo");
        Level before = tribuoLog.getLevel();
        tribuoLog.setLevel(Level.WARNING);   // Tribuo logs each training run at INFO
        LibLinearClassificationModel fitted;
        try {
            fitted = (LibLinearClassificationModel) new LibLinearClassificationTrainer(
                    new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR), cost, MAX_ITERATIONS,
                    EPSILON, seed).train(data);
        } finally {
            tribuoLog.setLevel(before);
        }
        return toModel(kind, about, threshold, fitted);
    }

    /**
     * liblinear numbers Tribuo's feature i as i + 1 and adds a bias feature of value 1 after the last; for two
     * classes it keeps one weight vector, whose positive side is the class it lists first.
     */
    private LinearModel toModel(String kind, Map<String, String> about, double threshold,
                                LibLinearClassificationModel fitted) {
        Model inner = fitted.getInnerModels().get(0);
        double[] w = inner.getFeatureWeights();
        int positiveId = fitted.getOutputIDInfo().getID(new Label(POSITIVE));
        double sign = inner.getLabels()[0] == positiveId ? 1 : -1;
        ImmutableFeatureMap features = fitted.getFeatureIDMap();
        Map<String, Float> weights = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
            float weight = (float) (sign * w[i]);
            if (weight != 0f) {
                weights.put(features.get(i).getName(), weight);
            }
        }
        double bias = w.length > features.size() ? sign * w[features.size()] : 0;
        Map<String, String> all = new LinkedHashMap<>(about);
        all.put("trainer", "Tribuo " + org.tribuo.Tribuo.VERSION + " liblinear L2-regularised logistic regression");
        all.put("settings", "C " + cost + ", min count " + minCount);
        return new LinearModel(kind, all, bias, threshold, weights);
    }
}
