package org.credence.evaluation;

import java.nio.file.Path;
import java.util.List;

import org.credence.api.AnalyzedArticle;
import org.credence.engine.training.CheckWorthinessTrainer;
import org.credence.evaluation.datasets.ClaimBusterReader;
import org.credence.evaluation.datasets.LabelledSentence;
import org.credence.evaluation.metrics.Counts;

/**
 * ClaimBuster: is a sentence a check-worthy factual claim? The engine says yes when it finds a claim in it; precision,
 * recall and F1 of that yes against the annotators' label 1. Only the sentences the shipped model was not trained on
 * are measured ({@link HeldOut#claimBuster}); the figures are named {@code heldout-}, with the majority, random and
 * always-yes baselines beside them.
 */
public final class CheckWorthyDetection implements Evaluation, CrossValidated {

    @Override
    public String dataset() {
        return "claimbuster";
    }

    @Override
    public String defaultPath() {
        return "claimbuster/train.json";
    }

    @Override
    public int fastSlice() {
        return 0;   // the held-out sentences, all 2,000
    }

    @Override
    public EvaluationResult run(Path path, int limit, EvaluationContext context) throws InterruptedException {
        List<LabelledSentence> all = new ClaimBusterReader().read(path);
        java.util.Set<Integer> heldOut = HeldOut.claimBuster(all.size());
        List<LabelledSentence> sentences = EvaluationContext.limit(HeldOut.pick(all, heldOut::contains), limit);
        Counts counts = SentenceDecisions.count(sentences, context, (AnalyzedArticle a) -> !a.claims().isEmpty());
        int positives = (int) sentences.stream().filter(LabelledSentence::positive).count();
        List<Figure> figures = new java.util.ArrayList<>(List.of(
                Figure.of("heldout-precision", counts.precision()),
                Figure.of("heldout-recall", counts.recall()),
                Figure.of("heldout-f1", counts.f1())));
        figures.addAll(CheckWorthinessCrossValidation.f1Baselines(positives, sentences.size()));
        return new EvaluationResult(dataset(), path.toString(), sentences.size(), "sentences", figures);
    }

    @Override
    public EvaluationResult crossValidate(Path path, int k, long seed, Path training, EvaluationContext context)
            throws InterruptedException {
        List<LabelledSentence> sentences = new ClaimBusterReader().read(path);
        List<Figure> figures = new CheckWorthinessCrossValidation(context, CheckWorthinessTrainer.DEFAULT.withSeed(seed))
                .claimBuster(sentences, k);
        return new EvaluationResult(dataset(), path.toString(), sentences.size(), "sentences", figures);
    }

}
