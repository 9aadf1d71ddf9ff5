package org.credence.engine.calibration;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credence.api.AnalyzedArticle;
import org.credence.engine.pipeline.Engine;
import org.credence.engine.pipeline.ProgressListener;
import org.credence.engine.report.Report;
import org.credence.engine.rules.RuleDescriptor;
import org.credence.engine.scoring.WeightsProfile;

/**
 * Fits rule weights to labelled articles:
 * <ol>
 *   <li>scores every article together, as one corpus, under the default weights (labels play no part);</li>
 *   <li>splits the articles, stratified by label and seeded ({@link StratifiedSplitter});</li>
 *   <li>builds one feature per rule per article ({@link RuleFeatures}) and fits a logistic regression on the
 *       training part ({@link LogisticFit});</li>
 *   <li>maps the coefficients to a weights profile ({@link CoefficientWeights});</li>
 *   <li>measures the ROC AUC of the held-back articles' scores before (default weights) and after (the new profile,
 *       re-scored from the same findings by {@link Engine#rescore}, without analysing again).</li>
 * </ol>
 */
public final class Calibrator {

    private final Engine engine;

    public Calibrator(Engine engine) {
        this.engine = engine;
    }

    public CalibrationResult calibrate(LabelledSet labelled, CalibrationOptions options, ProgressListener progress)
            throws CalibrationException, InterruptedException {
        String file = labelled.source().toString();
        requireTwoOfEachLabel(file, labelled.articles());
        List<RuleDescriptor> rules = engine.rules().descriptors();
        if (rules.isEmpty()) {
            throw new CalibrationException(file, "no rule is loaded, so there is no weight to calibrate "
                    + "(is the plugins folder right?)");
        }
        WeightsProfile before = WeightsProfile.defaults();
        Report report = engine.score(labelled.articles().stream().map(LabelledArticle::article).toList(), List.of(),
                before, progress);
        // an article the analyser failed on is a problem in the report and has no score: leave it out
        Set<String> scored = new HashSet<>();
        report.corpus().articles().stream().map(AnalyzedArticle::id).forEach(scored::add);
        List<LabelledArticle> usable = labelled.articles().stream().filter(a -> scored.contains(a.id())).toList();
        requireTwoOfEachLabel(file, usable);
        Split split = new StratifiedSplitter(options.holdout(), options.seed()).split(usable);

        List<String> ruleIds = rules.stream().map(RuleDescriptor::id).toList();
        Map<String, FeatureVector> features = new RuleFeatures(ruleIds).of(report);
        Coefficients fitted = new LogisticFit().fit(ruleIds, split.train(), features);
        CoefficientWeights mapping = new CoefficientWeights();
        List<RuleCalibration> rows = mapping.map(fitted, rules);
        String name = "calibrated on " + labelled.source().getFileName() + " (holdout " + options.holdout()
                + ", seed " + options.seed() + ")";
        WeightsProfile after = mapping.profile(name, before.baseline(), rows);

        double aucBefore = RocAuc.of(split.heldOut(), report.scores());
        double aucAfter = RocAuc.of(split.heldOut(), engine.rescore(report, after).scores());
        return new CalibrationResult(labelled.source(), split, aucBefore, aucAfter, fitted.intercept(), rows, after,
                report);
    }

    /** One article of each label to fit on and one to hold back, at the least. */
    private static void requireTwoOfEachLabel(String file, List<LabelledArticle> articles) throws CalibrationException {
        long credible = articles.stream().filter(LabelledArticle::credible).count();
        if (credible < 2 || articles.size() - credible < 2) {
            throw new CalibrationException(file, "needs at least 2 articles of each label (one to fit on, one to "
                    + "hold back), has " + credible + " labelled 1 and " + (articles.size() - credible) + " labelled 0");
        }
    }
}
