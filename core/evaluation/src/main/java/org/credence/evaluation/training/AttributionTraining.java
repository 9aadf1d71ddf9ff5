package org.credence.evaluation.training;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.credence.api.Span;
import org.credence.engine.analysis.OpenNlpPipeline;
import org.credence.engine.analysis.TaggingTriggers;
import org.credence.engine.analysis.TextUnit;
import org.credence.engine.analysis.attribution.AttributionExample;
import org.credence.engine.analysis.attribution.AttributionExtractor;
import org.credence.engine.analysis.attribution.AttributionFeatures;
import org.credence.engine.analysis.attribution.AttributionModel;
import org.credence.engine.analysis.attribution.AttributionModelTrainer;
import org.credence.engine.lexicon.Lexicons;
import org.credence.evaluation.AttributionSpans;
import org.credence.evaluation.datasets.AnnotatedDocument;

/**
 * Trains the attribution model on PolNeAR documents and measures the engine's attribution extractor with it, on
 * other documents or by cross-validation over documents. The texts go through the engine's own pipeline (the same
 * sentence splitter, tokenizer, selective tagging and lexicons), so the figures are those of the product.
 */
public final class AttributionTraining implements AutoCloseable {

    private final Lexicons lexicons;
    private final OpenNlpPipeline pipeline;
    private final AttributionModelTrainer trainer;
    private final int threads;
    private final ExecutorService workers;

    public AttributionTraining(Lexicons lexicons, int threads) {
        this.lexicons = lexicons;
        this.pipeline = new OpenNlpPipeline(TaggingTriggers.from(lexicons));
        this.trainer = new AttributionModelTrainer(pipeline, new AttributionFeatures(lexicons));
        this.threads = Math.max(1, threads);
        this.workers = Executors.newFixedThreadPool(this.threads, r -> {
            Thread t = new Thread(r, "credence-train");
            t.setDaemon(true);
            return t;
        });
    }

    /** The documents as training examples. */
    public static List<AttributionExample> examples(List<AnnotatedDocument> documents) {
        return documents.stream().map(d -> new AttributionExample(d.name(), d.text(), d.sources(), d.cues())).toList();
    }

    public AttributionModel train(List<AnnotatedDocument> documents, AttributionModelTrainer.Settings settings) {
        return trainer.train(examples(documents), settings, threads);
    }

    /** The extractor the engine would run with this model and these finders. */
    public AttributionExtractor extractor(AttributionModel model, AttributionExtractor.Finders finders) {
        return new AttributionExtractor(lexicons, model, finders);
    }

    /** Runs the extractor over the documents, in parallel, and matches what it finds against the annotation. */
    public AttributionSpans.Tally measure(List<AnnotatedDocument> documents, AttributionExtractor extractor)
            throws InterruptedException {
        List<Future<AttributionSpans.Tally>> futures = new ArrayList<>();
        for (AnnotatedDocument d : documents) {
            futures.add(workers.submit(() -> AttributionSpans.Tally.of(d,
                    extractor.extract(new TextUnit(d.text(), Span.EMPTY, pipeline.sentences(d.text(), Span.EMPTY))))));
        }
        AttributionSpans.Tally sum = AttributionSpans.Tally.ZERO;
        try {
            for (Future<AttributionSpans.Tally> f : futures) {
                sum = sum.plus(f.get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("measuring failed: " + e.getCause(), e.getCause());
        }
        return sum;
    }

    /**
     * Cross-validation over documents: the documents are dealt into {@code folds} folds (document i to fold
     * i mod folds, in the reader's name order); each fold is measured with a model trained on the others, and the
     * tallies are summed. No document is measured by a model that saw it.
     *
     * @param progress told after each fold, with the fold's number from 1 and its tally
     */
    public AttributionSpans.Tally crossValidate(List<AnnotatedDocument> documents, int folds,
                                                AttributionModelTrainer.Settings settings,
                                                AttributionExtractor.Finders finders,
                                                java.util.function.BiConsumer<Integer, AttributionSpans.Tally> progress)
            throws InterruptedException {
        if (folds < 2 || folds > documents.size()) {
            throw new IllegalArgumentException("folds must be between 2 and the number of documents, was " + folds);
        }
        AttributionSpans.Tally sum = AttributionSpans.Tally.ZERO;
        for (int k = 0; k < folds; k++) {
            List<AnnotatedDocument> train = new ArrayList<>();
            List<AnnotatedDocument> held = new ArrayList<>();
            for (int i = 0; i < documents.size(); i++) {
                (i % folds == k ? held : train).add(documents.get(i));
            }
            AttributionModel model = train(train, settings);
            AttributionSpans.Tally tally = measure(held, extractor(model, finders));
            progress.accept(k + 1, tally);
            sum = sum.plus(tally);
        }
        return sum;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
