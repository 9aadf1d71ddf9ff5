package org.credence.evaluation;

import java.nio.file.Path;
import java.util.List;

import org.credence.api.AnalyzedArticle;
import org.credence.evaluation.datasets.ClaimBusterReader;
import org.credence.evaluation.datasets.LabelledSentence;
import org.credence.evaluation.metrics.Counts;

/**
 * ClaimBuster: is a sentence a check-worthy factual claim? The engine says yes when it finds a claim in it; precision,
 * recall and F1 of that yes against the annotators' label 1.
 */
public final class CheckWorthyDetection implements Evaluation {

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
        return 2000;
    }

    @Override
    public EvaluationResult run(Path path, int limit, EvaluationContext context) throws InterruptedException {
        List<LabelledSentence> sentences = EvaluationContext.limit(new ClaimBusterReader().read(path), limit);
        Counts counts = SentenceDecisions.count(sentences, context, (AnalyzedArticle a) -> !a.claims().isEmpty());
        return new EvaluationResult(dataset(), path.toString(), sentences.size(), "sentences", List.of(
                Figure.of("precision", counts.precision()),
                Figure.of("recall", counts.recall()),
                Figure.of("f1", counts.f1())));
    }

}
