package org.credence.engine.pipeline;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Article;
import org.credence.engine.corpus.ArticleDigest;
import org.credence.engine.export.JsonReportStream;
import org.credence.engine.io.ArticleReaders;
import org.credence.engine.io.ArticleSink;
import org.credence.engine.io.AtomicFiles;
import org.credence.engine.io.ReadProblem;
import org.credence.engine.progress.ProgressListener;
import org.credence.engine.progress.ProgressListener.Stage;
import org.credence.engine.report.Report;
import org.credence.engine.result.RuleFailure;
import org.credence.engine.scoring.WeightsProfile;

/**
 * One bounded run (decision 0042). Pass 1 reads the inputs streaming and analyses them on the engine's workers, with
 * only a few articles in flight; each article as read, and its sentence features, go to spill files, and only its
 * summary stays. The plan is made from the summaries. Pass 2 judges the plan part by part: each part's articles are
 * read back and analysed again (analysis is deterministic), and each article's CSV rows and JSON entry go to a spill,
 * from which the exports are written in the order of the run. A run of {@code window} articles or fewer keeps its
 * analysed articles from pass 1 and is judged as one part, without analysing again.
 */
final class BoundedRun {

    private final Engine engine;
    private final int window;
    private final Path spillDir;

    BoundedRun(Engine engine, int window, Path spillDir) {
        if (window < 1) {
            throw new IllegalArgumentException("the window must hold at least one article: " + window);
        }
        this.engine = engine;
        this.window = window;
        this.spillDir = spillDir;
    }

    /**
     * What pass 1 leaves: summaries by position as read, and, while the run still fits its window, the articles as read
     * and analysed and the summaries' sentence features; once it does not, those go to spill files instead. Guarded by
     * its own lock where the reading thread and the workers meet.
     */
    private static final class Pass1 {
        final Map<Integer, ArticleSummary> summaries = new ConcurrentHashMap<>();
        final Map<Integer, AnalyzedArticle> analysed = new HashMap<>();
        final Map<Integer, Article> read = new HashMap<>();
        final List<ReadProblem> problems = new ArrayList<>();
        boolean keep = true;
        int count;
    }

    /** The spill files, each made when first needed: a run that fits its window makes none. */
    private final class Spills implements AutoCloseable {
        private Spill<IndexedArticle> articles;
        private Spill<ArticleSummary> features;
        private Spill<ScoredRows> rows;

        synchronized Spill<IndexedArticle> articles() throws IOException {
            if (articles == null) {
                articles = new Spill<>(spillDir, "articles", IndexedArticle.class);
            }
            return articles;
        }

        synchronized Spill<ArticleSummary> features() throws IOException {
            if (features == null) {
                features = new Spill<>(spillDir, "features", ArticleSummary.class);
            }
            return features;
        }

        synchronized Spill<ScoredRows> rows() throws IOException {
            if (rows == null) {
                rows = new Spill<>(spillDir, "rows", ScoredRows.class);
            }
            return rows;
        }

        @Override
        public synchronized void close() throws IOException {
            for (Spill<?> spill : new Spill<?>[] {articles, features, rows}) {
                if (spill != null) {
                    spill.close();
                }
            }
        }
    }

    BoundedResult run(List<Path> inputs, WeightsProfile profile, Path csv, Path json, ProgressListener progress,
                      Consumer<Report> parts) throws IOException, InterruptedException {
        try (Spills spills = new Spills()) {
            long start = System.nanoTime();
            Pass1 pass1 = analyse(inputs, spills, progress);
            progress.finished(Stage.ANALYSE, System.nanoTime() - start);
            RunLog.stage(Stage.ANALYSE, pass1.count, System.nanoTime() - start);

            start = System.nanoTime();
            int[] positionOf = pass1.summaries.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            Map<Integer, Integer> indexOf = new HashMap<>();
            List<ArticleSummary> summaries = new ArrayList<>(positionOf.length);
            for (int i = 0; i < positionOf.length; i++) {
                indexOf.put(positionOf[i], i);
                summaries.add(new ArticleSummary(pass1.summaries.remove(positionOf[i]).digest().withIndex(i)));
            }
            Spill<ArticleSummary> features = pass1.keep ? null : spills.features();
            ScoringPlan plan = engine.plan(summaries, wanted -> {
                Map<Integer, ArticleSummary> out = new HashMap<>();
                for (int i : wanted) {
                    out.put(i, features == null ? summaries.get(i)
                            : new ArticleSummary(features.get(positionOf[i]).digest().withIndex(i)));
                }
                return out;
            }, window);
            summaries.clear();
            RunLog.parts(plan.parts(), plan.largestPart(), plan.totalLoads(), window);
            progress.finished(Stage.CORPUS, System.nanoTime() - start);
            RunLog.stage(Stage.CORPUS, positionOf.length, System.nanoTime() - start);

            start = System.nanoTime();
            int claims = 0;
            int findings = 0;
            List<RuleFailure> failures = new ArrayList<>();
            List<ReadProblem> problems = new ArrayList<>(pass1.problems);
            Map<Integer, AnalyzedArticle> kept = new HashMap<>();
            pass1.analysed.forEach((position, a) -> kept.put(indexOf.get(position), a));
            pass1.analysed.clear();
            Map<Integer, ScoredRows> rowsKept = new HashMap<>();
            boolean exports = csv != null || json != null;
            Spill<ScoredRows> rows = !exports || plan.parts() <= 1 ? null : spills.rows();
            for (int part = 0; part < plan.parts(); part++) {
                Map<Integer, AnalyzedArticle> analysed = kept;
                List<ReadProblem> partProblems = new ArrayList<>();
                if (!pass1.keep) {
                    List<IndexedArticle> loaded = new ArrayList<>();
                    for (int i : plan.loads(part)) {
                        loaded.add(new IndexedArticle(i, spills.articles().get(positionOf[i]).article()));
                    }
                    analysed = engine.parts().analyse(loaded, partProblems);
                }
                ScoredPart scored = engine.parts().judge(plan, part, analysed, partProblems, profile, json != null,
                        ProgressListener.NONE, parts);
                for (ScoredRows r : exports ? scored.rows() : List.<ScoredRows>of()) {
                    if (rows == null) {
                        rowsKept.put(r.index(), r);
                    } else {
                        rows.put(r.index(), r);
                    }
                }
                claims += scored.claims();
                findings += scored.findings();
                failures.addAll(scored.failures());
                problems.addAll(scored.problems());
                progress.progress(Stage.RULES, part + 1, plan.parts());
            }
            kept.clear();
            failures = new ArrayList<>(plan.inRunOrder(failures));
            failures.addAll(0, engine.loadFailures());
            progress.finished(Stage.RULES, System.nanoTime() - start);
            RunLog.stage(Stage.RULES, positionOf.length, System.nanoTime() - start);

            if (csv != null && positionOf.length > 0) {
                AtomicFiles.write(csv, out -> {
                    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    w.write(engine.csvHead(profile));
                    for (int i = 0; i < positionOf.length; i++) {
                        w.write(rows == null ? rowsKept.get(i).csv() : rows.get(i).csv());
                    }
                    w.flush();
                });
            }
            if (json != null && positionOf.length > 0) {
                List<RuleFailure> reported = failures;
                AtomicFiles.write(json, out -> {
                    try (JsonReportStream report = engine.jsonReport(out, profile)) {
                        for (int i = 0; i < positionOf.length; i++) {
                            report.article(rows == null ? rowsKept.get(i).json() : rows.get(i).json());
                        }
                        report.finish(plan.groups(), reported, problems);
                    }
                });
            }
            RunLog.summary(positionOf.length, claims, findings, engine.rulesLoaded(), failures, problems);
            return new BoundedResult(positionOf.length, claims, findings, failures, problems,
                    plan.index().groups(), plan.parts(), plan.largestPart());
        }
    }

    /** Pass 1: reads and analyses streaming, never more than a few articles in flight per worker. */
    private Pass1 analyse(List<Path> inputs, Spills spills, ProgressListener progress)
            throws InterruptedException, IOException {
        Pass1 pass1 = new Pass1();
        int threads = engine.options().threads();
        Semaphore inFlight = new Semaphore(4 * threads);
        AtomicInteger done = new AtomicInteger();
        List<Future<?>> pending = new ArrayList<>();
        Map<Integer, ReadProblem> failedOn = new ConcurrentHashMap<>();
        Exception[] stopped = new Exception[1];
        new ArticleReaders().read(inputs, new ArticleSink() {
            @Override
            public void article(Article article) {
                if (stopped[0] != null) {
                    return;
                }
                int position = pass1.count++;
                try {
                    synchronized (pass1) {
                        if (pass1.keep && position >= window) {
                            spillWhatWasKept(pass1, spills);   // too many to keep: parts will analyse again
                        }
                        if (pass1.keep) {
                            pass1.read.put(position, article);
                        } else {
                            spills.articles().put(position, new IndexedArticle(position, article));
                        }
                    }
                    inFlight.acquire();
                } catch (InterruptedException | IOException e) {
                    stopped[0] = e;
                    return;
                }
                pending.add(engine.workers().submit(() -> {
                    try {
                        AnalyzedArticle a = engine.analyse(article);
                        ArticleDigest digest = engine.digest(position, a);
                        synchronized (pass1) {
                            if (pass1.keep) {
                                pass1.analysed.put(position, a);
                                pass1.summaries.put(position, new ArticleSummary(digest));
                            } else {
                                spills.features().put(position, new ArticleSummary(digest));
                                pass1.summaries.put(position, new ArticleSummary(digest.withoutFeatures()));
                            }
                        }
                    } catch (RuntimeException e) {
                        failedOn.put(position, new ReadProblem(article.origin().isEmpty() ? article.id() : article.origin(),
                                "could not be analysed: " + e));
                        throw e;
                    } finally {
                        inFlight.release();
                        progress.progress(Stage.ANALYSE, done.incrementAndGet(), pass1.count);
                    }
                    return null;
                }));
                pending.removeIf(Future::isDone);
            }

            @Override
            public void problem(ReadProblem problem) {
                pass1.problems.add(problem);
            }
        });
        if (stopped[0] != null) {
            pending.forEach(f -> f.cancel(true));
            if (stopped[0] instanceof InterruptedException e) {
                throw e;
            }
            throw (IOException) stopped[0];
        }
        for (Future<?> f : pending) {
            try {
                f.get();
            } catch (ExecutionException e) {
                // recorded below, in input order
            }
        }
        failedOn.keySet().stream().sorted().forEach(position -> pass1.problems.add(failedOn.get(position)));
        return pass1;
    }

    /** The run has outgrown its window: what pass 1 kept in memory goes to the spills. Called under pass 1's lock. */
    private static void spillWhatWasKept(Pass1 pass1, Spills spills) throws IOException {
        pass1.keep = false;
        Spill<IndexedArticle> articles = spills.articles();
        pass1.read.forEach((position, article) -> articles.put(position, new IndexedArticle(position, article)));
        pass1.read.clear();
        Spill<ArticleSummary> features = spills.features();
        for (Map.Entry<Integer, ArticleSummary> e : pass1.summaries.entrySet()) {
            features.put(e.getKey(), e.getValue());
            e.setValue(e.getValue().withoutCopyFeatures());
        }
        pass1.analysed.clear();
    }
}
