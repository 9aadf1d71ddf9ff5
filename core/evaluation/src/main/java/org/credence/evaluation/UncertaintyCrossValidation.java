package org.credence.evaluation;

import org.credence.evaluation.crossval.Folds;
import org.credence.evaluation.crossval.Spread;
import org.credence.evaluation.crossval.TextKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Article;
import org.credence.api.Cue;
import org.credence.api.CueType;
import org.credence.engine.analysis.Extractor;
import org.credence.engine.analysis.cue.CombinedCues;
import org.credence.engine.analysis.cue.CueExtractor;
import org.credence.engine.analysis.cue.UncertaintyCueExtractor;
import org.credence.engine.lexicon.Lexicons;
import org.credence.engine.analysis.TextUnit;
import org.credence.engine.model.LinearModel;
import org.credence.engine.training.LinearTrainer;
import org.credence.engine.training.UncertaintyTrainer;
import org.credence.evaluation.datasets.SzegedSentence;
import org.credence.evaluation.metrics.Counts;

/**
 * Cross-validates the uncertainty model on the Szeged corpus in k folds of whole Wikipedia articles, so that the
 * sentences of one article never sit on both sides. Each held-out sentence is judged as the product judges it: the
 * cue lexicon's hedges and weasel phrases (written for news, not tuned on Szeged) together with the cues the fold's
 * model finds; uncertain when there is a hedge, weasel or speculation cue.
 */
public final class UncertaintyCrossValidation {

    /** The cue types that make a sentence uncertain. */
    public static final Set<CueType> UNCERTAIN = Set.of(CueType.HEDGE, CueType.WEASEL, CueType.SPECULATION);

    private final EvaluationContext context;
    private final LinearTrainer trainer;

    public UncertaintyCrossValidation(EvaluationContext context, LinearTrainer trainer) {
        this.context = context;
        this.trainer = trainer;
    }

    public List<Figure> szeged(List<SzegedSentence> sentences, int k) throws InterruptedException {
        List<AnalyzedArticle> analysed = context.analyzeAll(sentences.stream().map(s -> Article.of(s.id(), s.text())).toList());
        int[] fold = Folds.assign(sentences.stream().map(SzegedSentence::docId).toList(), k, trainer.seed());
        CueExtractor lexicon = new CueExtractor(context.lexicons());
        List<Double> f1 = new ArrayList<>();
        List<Double> precision = new ArrayList<>();
        List<Double> recall = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            List<UncertaintyTrainer.Annotated> train = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
                if (fold[i] != f) {
                    SzegedSentence s = sentences.get(i);
                    train.add(new UncertaintyTrainer.Annotated(analysed.get(i), s.cues(), s.uncertain()));
                }
            }
            LinearModel model = new UncertaintyTrainer(trainer).train(train, Map.of());
            Extractor<Cue> cues = new CombinedCues(lexicon, new UncertaintyCueExtractor(model));
            Counts counts = Counts.ZERO;
            for (int i = 0; i < sentences.size(); i++) {
                if (fold[i] == f) {
                    AnalyzedArticle a = analysed.get(i);
                    counts = counts.add(uncertain(cues.extract(new TextUnit(a.text(), a.headline(), a.sentences()))),
                            sentences.get(i).uncertain());
                }
            }
            f1.add(counts.f1());
            precision.add(counts.precision());
            recall.add(counts.recall());
        }
        int positives = (int) sentences.stream().filter(SzegedSentence::uncertain).count();
        List<Figure> out = new ArrayList<>(CheckWorthinessCrossValidation.spread("f1", Spread.of(f1)));
        out.add(Figure.of("cv-precision", Spread.of(precision).mean()));
        out.add(Figure.of("cv-recall", Spread.of(recall).mean()));
        out.addAll(CheckWorthinessCrossValidation.f1Baselines(positives, sentences.size()));
        return out;
    }

    public static boolean uncertain(List<Cue> cues) {
        return cues.stream().anyMatch(c -> UNCERTAIN.contains(c.type()));
    }
}
