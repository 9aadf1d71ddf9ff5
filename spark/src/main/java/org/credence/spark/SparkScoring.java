package org.credence.spark;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.credence.api.Article;
import org.credence.engine.export.JsonReportStream;
import org.credence.engine.io.AtomicFiles;
import org.credence.engine.io.ReadProblem;
import org.credence.engine.pipeline.ArticleSummary;
import org.credence.engine.pipeline.Engine;
import org.credence.engine.pipeline.IndexedArticle;
import org.credence.engine.pipeline.ScoredPart;
import org.credence.engine.pipeline.ScoredRows;
import org.credence.engine.pipeline.ScoringPlan;
import org.credence.engine.result.RuleFailure;
import org.credence.engine.scoring.WeightsProfile;

import scala.Tuple2;

/**
 * The scoring job on Spark, on the engine's three steps (decision 0043):
 * <ol>
 * <li>every article analysed and summarised in {@code mapPartitions}, one engine per partition; the summaries are
 * cached, and only their light part (without sentence features) is collected;</li>
 * <li>{@link Engine#plan} on the driver, fetching sentence features from the cached summaries for the articles it
 * asks for; the plan is broadcast;</li>
 * <li>each article sent to every part that loads it, grouped by part, and each part judged by
 * {@link Engine#scorePart} on the executors, again one engine per partition;</li>
 * </ol>
 * then the exports written on the driver: {@link Engine#csvHead} and each article's rows in article order, streamed
 * from the executors partition by partition, so the driver never holds the rows of the whole run; the JSON report the
 * same way ({@link Engine#jsonReport}).
 */
final class SparkScoring {

    /**
     * How many articles one task of step 1 analyses at most: a task opens an engine (2-4 s of model loading) and
     * keeps its summaries until it ends, so a task is a minute or two of analysis, not the whole input.
     */
    static final int ARTICLES_PER_TASK = 2_000;

    private final JavaSparkContext spark;
    private final EngineRecipe recipe;

    SparkScoring(JavaSparkContext spark, EngineRecipe recipe) {
        this.spark = spark;
        this.recipe = recipe;
    }

    /**
     * What a run gave besides its files.
     *
     * @param articles the articles scored
     * @param claims   their claims
     * @param findings the findings on them
     * @param parts    the parts the rules ran in
     * @param loads    the articles the parts loaded together: what step 3 shipped and analysed
     * @param problems articles that could not be analysed, in input order
     * @param failures rules that failed on an article, by part
     */
    record Outcome(int articles, int claims, int findings, int parts, long loads, List<ReadProblem> problems,
                   List<RuleFailure> failures) {
    }

    /** Step 1's result for one article: its summary, or why it could not be analysed. */
    record Summarized(int index, ArticleSummary summary, ReadProblem problem) implements Serializable {

        Summarized light() {
            return summary == null ? this : new Summarized(index, summary.withoutCopyFeatures(), null);
        }
    }

    /**
     * What a run writes on the driver.
     *
     * @param csv          the CSV
     * @param json         the JSON report, or null for none
     * @param claims       the Parquet claims table, or null for none
     * @param readProblems what reading the inputs met, for the JSON report
     */
    record Exports(Path csv, Path json, ClaimsTable claims, List<ReadProblem> readProblems) {

        Exports {
            readProblems = List.copyOf(readProblems);
        }
    }

    /** What one part counts, without its rows (which travel on their own, sorted). */
    record PartCounts(int claims, int findings, List<RuleFailure> failures, List<ReadProblem> problems)
            implements Serializable {
    }

    /**
     * Scores the articles (read on the driver, in input order) and writes the CSV, and the JSON report and the claims
     * table when they are asked for.
     *
     * @param driver the driver's engine, opened with the same plugins as the executors': it plans and heads the
     *               exports
     * @param window most articles one part loads
     */
    Outcome score(Engine driver, List<Article> articles, WeightsProfile profile, int window, Exports exports)
            throws IOException {
        List<IndexedArticle> indexed = IntStream.range(0, articles.size())
                .mapToObj(i -> new IndexedArticle(i, articles.get(i))).toList();
        int slices = Math.max(spark.defaultParallelism(), ceilDiv(articles.size(), ARTICLES_PER_TASK));
        JavaRDD<IndexedArticle> input = spark.parallelize(indexed, slices);

        JavaRDD<Summarized> summarized = summarize(input).persist(StorageLevel.MEMORY_AND_DISK());
        List<Summarized> light = summarized.map(Summarized::light).collect();
        List<ReadProblem> problems = light.stream().filter(s -> s.problem() != null)
                .sorted(Comparator.comparingInt(Summarized::index)).map(Summarized::problem).toList();
        if (!problems.isEmpty()) {
            // The plan wants positions without gaps: number the articles that were analysed again, and summarise
            // them under their new numbers (rare: only when the analyser choked on an article).
            summarized.unpersist(false);
            input = renumbered(input, light);
            summarized = summarize(input).persist(StorageLevel.MEMORY_AND_DISK());
            light = summarized.map(Summarized::light).collect();
            light.stream().filter(s -> s.problem() != null).findFirst().ifPresent(s -> {
                throw new IllegalStateException("analysis is not repeatable: " + s.problem());
            });
        }
        if (light.isEmpty()) {
            summarized.unpersist(false);
            return new Outcome(0, 0, 0, 0, 0, problems, List.of());
        }

        JavaRDD<Summarized> cached = summarized;
        ScoringPlan plan = driver.plan(light.stream().map(Summarized::summary).toList(),
                wanted -> features(cached, wanted), window);
        light = null;
        Broadcast<ScoringPlan> planned = spark.broadcast(plan);
        Broadcast<ProfileTransport> weights = spark.broadcast(ProfileTransport.of(profile));

        int partitions = Math.max(1, Math.min(plan.parts(), spark.defaultParallelism()));
        JavaPairRDD<Integer, IndexedArticle> byPart = input.flatMapToPair(a -> {
            List<Tuple2<Integer, IndexedArticle>> out = new ArrayList<>();
            for (int part : planned.value().partsLoading(a.index())) {
                out.add(new Tuple2<>(part, a));
            }
            return out.iterator();
        });
        EngineRecipe engines = recipe;
        boolean json = exports.json() != null;
        JavaRDD<ScoredPart> scored = byPart.groupByKey(partitions).mapPartitions(parts -> {
            List<ScoredPart> out = new ArrayList<>();
            if (!parts.hasNext()) {
                return out.iterator();
            }
            WeightsProfile weighted = weights.value().profile();
            try (TaskEngine opened = engines.open()) {
                Engine engine = opened.engine();
                while (parts.hasNext()) {
                    Tuple2<Integer, Iterable<IndexedArticle>> part = parts.next();
                    List<IndexedArticle> loaded = new ArrayList<>();
                    part._2().forEach(loaded::add);
                    out.add(engine.scorePart(planned.value(), part._1(), loaded, weighted, json));
                }
            }
            return out.iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK());
        summarized.unpersist(false);

        List<PartCounts> counts = scored.map(p -> new PartCounts(p.claims(), p.findings(), p.failures(),
                p.problems())).collect();
        JavaRDD<String> rows = scored.flatMapToPair(p -> p.rows().stream()
                        .map(r -> new Tuple2<>(r.index(), r.csv())).iterator())
                .sortByKey(true, partitions)
                .values();
        String head = driver.csvHead(profile);
        AtomicFiles.write(exports.csv(), out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(head);
            for (Iterator<String> it = rows.toLocalIterator(); it.hasNext(); ) {
                w.write(it.next());
            }
            w.flush();
        });
        if (exports.claims() != null) {
            exports.claims().write(head, rows);
        }
        List<ReadProblem> runProblems = new ArrayList<>(problems);
        List<RuleFailure> partFailures = new ArrayList<>();
        int claimCount = 0;
        int findings = 0;
        for (PartCounts c : counts) {
            claimCount += c.claims();
            findings += c.findings();
            partFailures.addAll(c.failures());
            runProblems.addAll(c.problems());
        }
        List<RuleFailure> failures = plan.inRunOrder(partFailures);
        if (json) {
            JavaRDD<String> entries = scored.flatMapToPair(p -> p.rows().stream()
                            .map(r -> new Tuple2<>(r.index(), r.json())).iterator())
                    .sortByKey(true, partitions)
                    .values();
            List<RuleFailure> reported = new ArrayList<>(driver.rules().failures());
            reported.addAll(failures);
            List<ReadProblem> met = new ArrayList<>(exports.readProblems());
            met.addAll(runProblems);
            AtomicFiles.write(exports.json(), out -> {
                try (JsonReportStream report = driver.jsonReport(out, profile)) {
                    for (Iterator<String> it = entries.toLocalIterator(); it.hasNext(); ) {
                        report.article(it.next());
                    }
                    report.finish(plan.groups(), reported, met);
                }
            });
        }
        scored.unpersist(false);
        planned.destroy();
        weights.destroy();

        return new Outcome(plan.articles(), claimCount, findings, plan.parts(), plan.totalLoads(), runProblems,
                failures);
    }

    /** Step 1: one engine per partition analyses and summarises its articles; a choke is a problem, not a failure. */
    private JavaRDD<Summarized> summarize(JavaRDD<IndexedArticle> articles) {
        EngineRecipe engines = recipe;
        return articles.mapPartitions(it -> {
            List<Summarized> out = new ArrayList<>();
            if (!it.hasNext()) {
                return out.iterator();
            }
            try (TaskEngine opened = engines.open()) {
                Engine engine = opened.engine();
                while (it.hasNext()) {
                    IndexedArticle a = it.next();
                    try {
                        out.add(new Summarized(a.index(), engine.summarize(a.index(), a.article()), null));
                    } catch (RuntimeException e) {
                        Article article = a.article();
                        out.add(new Summarized(a.index(), null, new ReadProblem(
                                article.origin().isEmpty() ? article.id() : article.origin(),
                                "could not be analysed: " + e)));
                    }
                }
            }
            return out.iterator();   // the engine is closed: everything was made before
        });
    }

    /** The articles that were analysed, numbered again from 0 in input order. */
    private JavaRDD<IndexedArticle> renumbered(JavaRDD<IndexedArticle> articles, List<Summarized> light) {
        int[] kept = light.stream().filter(s -> s.problem() == null).mapToInt(Summarized::index).sorted().toArray();
        HashMap<Integer, Integer> number = new HashMap<>();
        for (int i = 0; i < kept.length; i++) {
            number.put(kept[i], i);
        }
        Broadcast<HashMap<Integer, Integer>> numbers = spark.broadcast(number);
        return articles.filter(a -> numbers.value().containsKey(a.index()))
                .map(a -> new IndexedArticle(numbers.value().get(a.index()), a.article()));
    }

    /** The whole summaries the plan asks for, from the cached step 1: one job, only those summaries travel. */
    private Map<Integer, ArticleSummary> features(JavaRDD<Summarized> summarized, Set<Integer> wanted) {
        Broadcast<HashSet<Integer>> asked = spark.broadcast(new HashSet<>(wanted));
        Map<Integer, ArticleSummary> out = new HashMap<>();
        summarized.filter(s -> s.summary() != null && asked.value().contains(s.index()))
                .collect().forEach(s -> out.put(s.index(), s.summary()));
        asked.destroy();
        return out;
    }

    static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
