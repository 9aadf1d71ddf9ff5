package org.credence.evaluation.calibration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.credence.evaluation.datasets.LabelledArticle;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

import com.oracle.labs.mlrg.olcut.util.Pair;

/**
 * Fits a logistic regression of the label on the rule features with Tribuo's {@link LogisticRegressionTrainer}
 * (log loss, AdaGrad with learning rate 1.0, 5 epochs, Tribuo's fixed default seed: the same data give the same
 * coefficients). The features are used as they are, not standardised, so that a coefficient is per unit of
 * strength, the unit a weight multiplies.
 *
 * <p>Tribuo fits the two labels as a two-class softmax, a weight row per label; the logistic coefficient of
 * "credible" is the difference of the two rows, and the intercept the difference of their biases.
 */
public final class LogisticFit {

    static final String CREDIBLE = "credible";
    static final String FAKE = "fake";

    /**
     * @param ruleIds  the features, one per rule
     * @param train    the articles to fit on; both labels must be present
     * @param features article id to its features; every training article must have them
     */
    public Coefficients fit(List<String> ruleIds, List<LabelledArticle> train, Map<String, FeatureVector> features) {
        if (ruleIds.isEmpty()) {
            throw new IllegalArgumentException("no rule to fit a weight for");
        }
        LabelFactory labels = new LabelFactory();
        MutableDataset<Label> data = new MutableDataset<>(
                new SimpleDataSourceProvenance("credence calibration", labels), labels);
        Map<String, Integer> firedOn = new HashMap<>();
        for (LabelledArticle a : train) {
            FeatureVector x = features.get(a.id());
            if (x == null) {
                throw new IllegalArgumentException("no features for article " + a.id());
            }
            // every rule is a feature of every example, 0 included: Tribuo refuses an example without features
            String[] names = ruleIds.toArray(String[]::new);
            double[] values = new double[names.length];
            for (int i = 0; i < names.length; i++) {
                values[i] = x.of(names[i]);
                if (values[i] != 0) {
                    firedOn.merge(names[i], 1, Integer::sum);
                }
            }
            data.add(new ArrayExample<>(new Label(a.credible() ? CREDIBLE : FAKE), names, values));
        }
        Model<Label> model = new LogisticRegressionTrainer().train(data);
        Map<String, List<Pair<String, Double>>> rows = ((LinearSGDModel) model).getTopFeatures(-1);
        Map<String, Double> credible = weights(rows.get(CREDIBLE));
        Map<String, Double> fake = weights(rows.get(FAKE));
        Map<String, Double> byRule = new HashMap<>();
        Map<String, Integer> fired = new HashMap<>();
        for (String rule : ruleIds) {
            byRule.put(rule, credible.getOrDefault(rule, 0.0) - fake.getOrDefault(rule, 0.0));
            fired.put(rule, firedOn.getOrDefault(rule, 0));
        }
        double intercept = credible.getOrDefault(Model.BIAS_FEATURE, 0.0) - fake.getOrDefault(Model.BIAS_FEATURE, 0.0);
        return new Coefficients(intercept, byRule, fired);
    }

    private static Map<String, Double> weights(List<Pair<String, Double>> row) {
        if (row == null) {
            throw new IllegalStateException("the fitted model has no weights for a label; both labels must be in training");
        }
        Map<String, Double> out = new HashMap<>();
        row.forEach(p -> out.put(p.getA(), p.getB()));
        return out;
    }
}
