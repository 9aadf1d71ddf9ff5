package org.credence.evaluation.calibration;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credence.api.AnalyzedArticle;
import org.credence.engine.report.Report;
import org.credence.engine.result.RuleDescriptor;
import org.credence.engine.scoring.ArticleScore;
import org.credence.engine.scoring.ScoreSheet;
import org.credence.engine.scoring.Scorer;
import org.credence.engine.scoring.WeightsProfile;
import org.credence.evaluation.datasets.LabelledArticle;
import org.credence.evaluation.datasets.LabelledSet;
import org.credence.evaluation.metrics.RocAuc;

/**
 * Fits rule weights to labelled articles, given the report of scoring them all together, as one corpus, under the
 * default weights (labels play no part in that run):
 * <ol>
 *   <li>splits the articles, stratified by label and seeded ({@link StratifiedSplitter});</li>
 *   <li>builds one feature per rule per article ({@link RuleFeatures}) and fits a logistic regression on the
 *       training part ({@link LogisticFit});</li>
 *   <li>maps the coefficients to a weights profile ({@link CoefficientWeights});</li>
 *   <li>measures the ROC AUC of the held-back articles' scores before (default weights) and after (the new profile,
 *       re-scored from the same findings by the {@link Scorer}, without analysing again).</li>
 * </ol>
 * Who scores the articles is the caller's business, so calibration needs no engine of its own.
 */
public final class Calibrator {

    private final Scorer scorer = new Scorer();

    /**
     * Checks, before anything is scored, that the set and the rules can be calibrated at all.
     *
     * @throws CalibrationException when there are fewer than two articles of a label, or no rule
     */
    public static void requireUsable(LabelledSet labelled, List<RuleDescriptor> rules) throws CalibrationException {
        requireTwoOfEachLabel(labelled.source().toString(), labelled.articles());
        if (rules.isEmpty()) {
            throw new CalibrationException(labelled.source().toString(), "no rule is loaded, so there is no weight to "
                    + "calibrate (is the plugins folder right?)");
        }
    }

    /**
     * @param labelled the labelled articles
     * @param report   the run that scored them together under {@link WeightsProfile#defaults()}
     */
    public CalibrationResult calibrate(LabelledSet labelled, Report report, CalibrationOptions options)
            throws CalibrationException {
        List<RuleDescriptor> rules = report.rules();
        requireUsable(labelled, rules);
        String file = labelled.source().toString();
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
        WeightsProfile after = mapping.profile(name, report.scores().profile().baseline(), rows);

        double aucBefore = auc(split.heldOut(), report.scores());
        double aucAfter = auc(split.heldOut(), scorer.score(report.findings(), report.corpus(), rules, after));
        return new CalibrationResult(labelled.source(), split, aucBefore, aucAfter, fitted.intercept(), rows, after,
                report);
    }

    /** The ROC AUC of the articles' scores in a score sheet; every article must have a score. */
    static double auc(List<LabelledArticle> articles, ScoreSheet scores) {
        boolean[] credible = new boolean[articles.size()];
        double[] values = new double[articles.size()];
        for (int i = 0; i < articles.size(); i++) {
            LabelledArticle a = articles.get(i);
            credible[i] = a.credible();
            values[i] = scores.article(a.id()).map(ArticleScore::score)
                    .orElseThrow(() -> new IllegalArgumentException("no score for article " + a.id()));
        }
        return RocAuc.of(values, credible);
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
