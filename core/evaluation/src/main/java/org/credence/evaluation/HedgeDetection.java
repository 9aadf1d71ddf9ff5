package org.credence.evaluation;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.credence.api.AnalyzedArticle;
import org.credence.api.CueType;
import org.credence.evaluation.datasets.LabelledSentence;
import org.credence.engine.training.UncertaintyTrainer;
import org.credence.evaluation.datasets.SzegedReader;
import org.credence.evaluation.datasets.SzegedSentence;
import org.credence.evaluation.metrics.Counts;

/**
 * The Szeged Uncertainty Corpus, Wikipedia part (CoNLL-2010 task 1): a sentence is uncertain when the engine finds
 * a hedge, a weasel phrase or a speculation cue in it. Sentence-level precision, recall and F1 of the uncertain class,
 * the shared task's metric. Only the articles the shipped uncertainty model was not trained on are measured
 * ({@link HeldOut#szeged}); the figures are named {@code heldout-}, with the baselines beside them.
 */
public final class HedgeDetection implements Evaluation, CrossValidated {

    /** The best CoNLL-2010 Wikipedia sentence-level F1 (Georgescul), on a 0..1 scale. */
    public static final double BEST_CONLL_2010_F1 = 0.602;

    @Override
    public String dataset() {
        return "szeged";
    }

    @Override
    public String defaultPath() {
        return "szeged-uncertainty/wiki.sentences.tsv";
    }

    @Override
    public int fastSlice() {
        return 0;   // the held-out articles, every fifth, about 4,100 sentences
    }

    @Override
    public EvaluationResult run(Path path, int limit, EvaluationContext context) throws InterruptedException {
        List<SzegedSentence> all = new SzegedReader().readAnnotated(path);
        boolean[] heldOut = HeldOut.szeged(all);
        List<LabelledSentence> sentences = EvaluationContext.limit(
                HeldOut.pick(all, i -> heldOut[i]).stream().map(SzegedSentence::labelled).toList(), limit);
        Counts counts = SentenceDecisions.count(sentences, context, HedgeDetection::uncertain);
        int positives = (int) sentences.stream().filter(LabelledSentence::positive).count();
        List<Figure> figures = new java.util.ArrayList<>(List.of(
                Figure.of("heldout-precision", counts.precision()),
                Figure.of("heldout-recall", counts.recall()),
                Figure.anchored("heldout-f1", counts.f1(), BEST_CONLL_2010_F1,
                        "best CoNLL-2010 Wikipedia F1 (its own test set)")));
        figures.addAll(CheckWorthinessCrossValidation.f1Baselines(positives, sentences.size()));
        return new EvaluationResult(dataset(), path.toString(), sentences.size(), "sentences", figures);
    }

    @Override
    public EvaluationResult crossValidate(Path path, int k, long seed, Path training, EvaluationContext context)
            throws InterruptedException {
        List<SzegedSentence> sentences = new SzegedReader().readAnnotated(path);
        List<Figure> figures = new UncertaintyCrossValidation(context, UncertaintyTrainer.DEFAULT.withSeed(seed))
                .szeged(sentences, k);
        return new EvaluationResult(dataset(), path.toString(), sentences.size(), "sentences", figures);
    }

    static boolean uncertain(AnalyzedArticle a) {
        return UncertaintyCrossValidation.uncertain(a.cues());
    }
}
