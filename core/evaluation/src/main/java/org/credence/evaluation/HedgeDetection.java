package org.credence.evaluation;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.credence.api.AnalyzedArticle;
import org.credence.api.CueType;
import org.credence.evaluation.datasets.LabelledSentence;
import org.credence.evaluation.datasets.SzegedReader;
import org.credence.evaluation.metrics.Counts;

/**
 * The Szeged Uncertainty Corpus, Wikipedia part (CoNLL-2010 task 1): a sentence is uncertain when the engine finds
 * a hedge, a weasel phrase or a speculation cue in it. Sentence-level precision, recall and F1 of the uncertain class, the shared
 * task's metric.
 */
public final class HedgeDetection implements Evaluation {

    /** The best CoNLL-2010 Wikipedia sentence-level F1 (Georgescul), on a 0..1 scale. */
    public static final double BEST_CONLL_2010_F1 = 0.602;

    private static final Set<CueType> UNCERTAIN = Set.of(CueType.HEDGE, CueType.WEASEL, CueType.SPECULATION);

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
        return 4000;
    }

    @Override
    public EvaluationResult run(Path path, int limit, EvaluationContext context) throws InterruptedException {
        List<LabelledSentence> sentences = EvaluationContext.limit(new SzegedReader().read(path), limit);
        Counts counts = SentenceDecisions.count(sentences, context, HedgeDetection::uncertain);
        return new EvaluationResult(dataset(), path.toString(), sentences.size(), "sentences", List.of(
                Figure.of("precision", counts.precision()),
                Figure.of("recall", counts.recall()),
                Figure.anchored("f1", counts.f1(), BEST_CONLL_2010_F1, "best CoNLL-2010 Wikipedia F1")));
    }

    static boolean uncertain(AnalyzedArticle a) {
        return a.cues().stream().anyMatch(c -> UNCERTAIN.contains(c.type()));
    }
}
