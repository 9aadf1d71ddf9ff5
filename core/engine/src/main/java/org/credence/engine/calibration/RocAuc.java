package org.credence.engine.calibration;

import java.util.List;

import org.credence.engine.scoring.ArticleScore;
import org.credence.engine.scoring.ScoreSheet;
import org.tribuo.classification.evaluation.LabelEvaluationUtil;

/**
 * The area under the ROC curve of article scores against labels: the chance that a credible article picked at
 * random scores higher than a fake one, ties counting half. 0.5 is no better than chance, 1 a perfect ranking.
 *
 * <p>Computed by Tribuo's {@link LabelEvaluationUtil#binaryAUCROC}, which merges tied scores into one ROC point.
 * Scores are first rounded to 1e-6 so that floating-point noise (a mean of 70s that comes out as 70.00000000000001)
 * does not break ties that are real.
 */
public final class RocAuc {

    private RocAuc() {
    }

    /** @throws IllegalArgumentException unless both labels occur */
    public static double of(boolean[] credible, double[] scores) {
        if (credible.length != scores.length) {
            throw new IllegalArgumentException(credible.length + " labels but " + scores.length + " scores");
        }
        boolean anyCredible = false;
        boolean anyFake = false;
        double[] rounded = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            anyCredible |= credible[i];
            anyFake |= !credible[i];
            rounded[i] = Math.round(scores[i] * 1e6) / 1e6;
        }
        if (!anyCredible || !anyFake) {
            throw new IllegalArgumentException("ROC AUC needs both credible and fake articles");
        }
        return LabelEvaluationUtil.binaryAUCROC(credible, rounded);
    }

    /** The AUC of the articles' scores in a score sheet; every article must have a score. */
    public static double of(List<LabelledArticle> articles, ScoreSheet scores) {
        boolean[] credible = new boolean[articles.size()];
        double[] values = new double[articles.size()];
        for (int i = 0; i < articles.size(); i++) {
            LabelledArticle a = articles.get(i);
            credible[i] = a.credible();
            values[i] = scores.article(a.id()).map(ArticleScore::score)
                    .orElseThrow(() -> new IllegalArgumentException("no score for article " + a.id()));
        }
        return of(credible, values);
    }
}
