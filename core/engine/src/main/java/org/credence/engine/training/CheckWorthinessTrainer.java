package org.credence.engine.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Sentence;
import org.credence.api.Span;
import org.credence.api.Token;
import org.credence.engine.analysis.claim.ClaimFeatures;
import org.credence.engine.analysis.claim.LearnedClaimDetector;
import org.credence.engine.model.LinearModel;

/**
 * Trains the check-worthiness model (threshold by {@link ThresholdChoice}) from labelled sentences that the engine has analysed (so that figures,
 * attributions and cues are found as they will be at run time). A labelled item that the sentence splitter cut in
 * two is read as one sentence, since its label is the item's.
 */
public final class CheckWorthinessTrainer {

    /**
     * The settings the shipped model was trained with (docs/models.md): C 0.3, of 0.3, 1 and 3 compared on the
     * held-out ClaimBuster sentences and CheckThat! debates (docs/models.md says how much that choice is worth).
     */
    public static final LinearTrainer DEFAULT = new LinearTrainer(0.3, 2, 42);

    /** One analysed item and whether annotators found it check-worthy. */
    public record Labelled(AnalyzedArticle article, boolean positive) {
    }

    private final LinearTrainer trainer;

    public CheckWorthinessTrainer(LinearTrainer trainer) {
        this.trainer = trainer;
    }

    public LinearModel train(List<Labelled> items, Map<String, String> about) {
        List<FeatureExample> examples = new ArrayList<>(items.size());
        for (Labelled item : items) {
            examples.add(example(item.article(), item.positive()));
        }
        Map<String, String> all = new java.util.LinkedHashMap<>(about);
        all.put("features", "ClaimFeatures " + ClaimFeatures.VERSION);
        all.put("examples", examples.size() + ", " + examples.stream().filter(FeatureExample::positive).count()
                + " positive");
        double threshold = ThresholdChoice.bestF1(trainer, examples);
        all.put("threshold", "best F1 on " + ThresholdChoice.FOLDS + "-fold out-of-fold probabilities of the training data");
        return trainer.train(LearnedClaimDetector.KIND, all, threshold, examples);
    }

    static FeatureExample example(AnalyzedArticle a, boolean positive) {
        FeatureExample.Collector features = new FeatureExample.Collector();
        ClaimFeatures.extract(a.text(), asOneSentence(a), a.quantities(), a.attributions(), a.cues(), features);
        return features.labelled(positive);
    }

    /** All of an item's tokens as one sentence. */
    public static Sentence asOneSentence(AnalyzedArticle a) {
        if (a.sentences().size() == 1) {
            return a.sentences().get(0);
        }
        List<Token> tokens = new ArrayList<>();
        a.sentences().forEach(s -> tokens.addAll(s.tokens()));
        return new Sentence(0, new Span(0, a.text().length()), tokens, false);
    }
}
