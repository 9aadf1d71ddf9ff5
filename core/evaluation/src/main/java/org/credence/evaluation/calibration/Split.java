package org.credence.evaluation.calibration;

import java.util.List;

import org.credence.evaluation.datasets.LabelledArticle;

/**
 * Labelled articles split into the part a model is fitted on and the part held back to judge it.
 *
 * @param train   the articles to fit on, in input order
 * @param heldOut the articles held back, in input order
 */
public record Split(List<LabelledArticle> train, List<LabelledArticle> heldOut) {

    public Split {
        train = List.copyOf(train);
        heldOut = List.copyOf(heldOut);
    }

    public static long credible(List<LabelledArticle> part) {
        return part.stream().filter(LabelledArticle::credible).count();
    }
}
