package org.credence.evaluation;

import java.nio.file.Path;
import java.util.List;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Article;
import org.credence.api.Attribution;
import org.credence.api.Span;
import org.credence.evaluation.datasets.AnnotatedDocument;
import org.credence.evaluation.datasets.PolnearReader;
import org.credence.evaluation.metrics.Counts;
import org.credence.evaluation.metrics.SpanMatching;

/**
 * PolNeAR: the sources and cues of the attributions the engine finds, against the annotators' spans; precision,
 * recall and F1, exact and overlapping. A source resolved to an earlier name ("he" for the minister) is scored at
 * the mention, as PolNeAR marks it.
 */
public final class AttributionSpans implements Evaluation {

    /** The project's goal for source F1 with overlapping spans. */
    public static final double SOURCE_F1_GOAL = 0.6;

    @Override
    public String dataset() {
        return "polnear";
    }

    @Override
    public String defaultPath() {
        return "polnear";
    }

    @Override
    public int fastSlice() {
        return 120;
    }

    @Override
    public EvaluationResult run(Path path, int limit, EvaluationContext context) throws InterruptedException {
        List<AnnotatedDocument> documents = EvaluationContext.limit(new PolnearReader().read(path), limit);
        List<AnalyzedArticle> analysed = context.analyzeAll(
                documents.stream().map(d -> Article.of(d.name(), d.text())).toList());
        Counts sourceExact = Counts.ZERO;
        Counts sourceOverlap = Counts.ZERO;
        Counts cueExact = Counts.ZERO;
        Counts cueOverlap = Counts.ZERO;
        for (int i = 0; i < documents.size(); i++) {
            AnnotatedDocument gold = documents.get(i);
            List<Attribution> found = analysed.get(i).attributions();
            List<Span> sources = found.stream().map(Attribution::source).filter(s -> !s.isEmpty()).toList();
            List<Span> cues = found.stream().map(Attribution::cue).filter(s -> !s.isEmpty()).toList();
            sourceExact = sourceExact.plus(SpanMatching.exact(gold.text(), sources, gold.sources()));
            sourceOverlap = sourceOverlap.plus(SpanMatching.overlapping(gold.text(), sources, gold.sources()));
            cueExact = cueExact.plus(SpanMatching.exact(gold.text(), cues, gold.cues()));
            cueOverlap = cueOverlap.plus(SpanMatching.overlapping(gold.text(), cues, gold.cues()));
        }
        return new EvaluationResult(dataset(), path.toString(), documents.size(), "documents", List.of(
                Figure.of("source-precision-overlap", sourceOverlap.precision()),
                Figure.of("source-recall-overlap", sourceOverlap.recall()),
                Figure.anchored("source-f1-overlap", sourceOverlap.f1(), SOURCE_F1_GOAL, "project goal"),
                Figure.of("source-f1-exact", sourceExact.f1()),
                Figure.of("cue-precision-overlap", cueOverlap.precision()),
                Figure.of("cue-recall-overlap", cueOverlap.recall()),
                Figure.of("cue-f1-overlap", cueOverlap.f1()),
                Figure.of("cue-f1-exact", cueExact.f1())));
    }
}
