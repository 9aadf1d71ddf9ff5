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
        List<String> groups = items.stream().map(item -> sameWords(item.article().text())).toList();
        double threshold = ThresholdChoice.bestF1(trainer, examples, groups);
        all.put("threshold", "best F1 on " + ThresholdChoice.FOLDS + "-fold out-of-fold probabilities of the training"
                + " data, copies of a sentence in one fold");
        return trainer.train(LearnedClaimDetector.KIND, all, threshold, examples);
    }

    /**
     * A sentence's lower-case letters and digits, single-spaced: copies that differ in punctuation are one group
     * here, and one key where evaluation keeps what is measured out of what is trained on.
     */
    public static String sameWords(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(Character.toLowerCase(c));
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    static FeatureExample example(AnalyzedArticle a, boolean positive) {
        FeatureExample.Collector features = new FeatureExample.Collector();
        // the detector sees only statements (Analyzer: "X wants" or "X believes" makes no one a source), so learn from them
        List<org.credence.api.Attribution> statements = a.attributions().stream()
                .filter(org.credence.api.Attribution::isStatement).toList();
        ClaimFeatures.extract(a.text(), asOneSentence(a), a.quantities(), statements, a.cues(), features);
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
