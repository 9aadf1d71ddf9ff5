package org.credence.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Article;
import org.credence.engine.lexicon.Lexicons;
import org.credence.engine.pipeline.Engine;
import java.nio.file.Path;

/**
 * The engine an evaluation measures, and the threads it analyses on. Analysis goes through the very engine that
 * {@code credence score} uses, so a figure describes the product and not a copy of it.
 */
public final class EvaluationContext implements AutoCloseable {

    private final Engine engine;
    private final ExecutorService workers;

    public EvaluationContext(Engine engine) {
        this.engine = Objects.requireNonNull(engine);
        this.workers = Executors.newFixedThreadPool(engine.options().threads(), r -> {
            Thread t = new Thread(r, "credence-eval");
            t.setDaemon(true);
            return t;
        });
    }

    public Engine engine() {
        return engine;
    }

    /** The lexicons the engine was opened with (its lexicon folder over the bundled ones). */
    public Lexicons lexicons() {
        Path dir = engine.options().lexiconDir();
        return dir == null ? Lexicons.defaults() : Lexicons.withOverrides(dir);
    }

    /** Analyses the articles in parallel; the result keeps their order. */
    public List<AnalyzedArticle> analyzeAll(List<Article> articles) throws InterruptedException {
        List<Future<AnalyzedArticle>> futures = new ArrayList<>(articles.size());
        for (Article a : articles) {
            futures.add(workers.submit(() -> engine.analyze(a)));
        }
        List<AnalyzedArticle> out = new ArrayList<>(articles.size());
        try {
            for (Future<AnalyzedArticle> f : futures) {
                out.add(f.get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis failed: " + e.getCause(), e.getCause());
        } finally {
            futures.forEach(f -> f.cancel(true));
        }
        return out;
    }

    /**
     * At most {@code limit} items, spread evenly over the list (every k-th), since data sets are often sorted by
     * label or by source and their first items alone would say little; 0 or less for all.
     */
    static <T> List<T> limit(List<T> items, int limit) {
        if (limit <= 0 || limit >= items.size()) {
            return items;
        }
        List<T> out = new ArrayList<>(limit);
        for (int i = 0; i < limit; i++) {
            out.add(items.get((int) ((long) i * items.size() / limit)));
        }
        return out;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
