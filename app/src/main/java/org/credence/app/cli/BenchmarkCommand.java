package org.credence.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.credence.api.Article;
import org.credence.engine.export.CsvExporter;
import org.credence.engine.export.JsonReportExporter;
import org.credence.engine.io.ReadResult;
import org.credence.engine.pipeline.BoundedResult;
import org.credence.engine.pipeline.Engine;
import org.credence.engine.progress.ProgressListener;
import org.credence.engine.report.Report;
import org.credence.engine.scoring.WeightsProfile;

import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `credence benchmark`: the throughput of what `credence score --csv --json` does (read the files, analyse, compare,
 * apply the rules, score, write both exports) beside bare OpenNLP sentence splitting and tokenising of the same text,
 * measured in the same run and on the same threads, so that a shared, noisy machine affects both alike. Each
 * measured round opens a fresh engine, as a `credence score` run does, so the tagger starts with an empty word cache;
 * the JVM itself is warm (a warm-up round ran first), which a real first run is not: `bench/cold-start.sh` measures
 * that. Rounds alternate baseline and pipeline; the median of each is reported.
 *
 * <p>The pipeline is scored the way `credence score` scores (decision 0042): bounded, holding about {@code --window}
 * analysed articles, with a run larger than the window analysed twice. {@code --whole} measures the whole-run path
 * instead (every article held at once), which figures before 2026-12-01 measured. The measured articles are written
 * to a JSON Lines file before the clock starts, so that {@code --limit} works on either path.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = {"Measures what `score --csv --json` does (read to export; a fresh engine and tagger cache each",
            "round) beside bare OpenNLP sentence+token throughput on the same articles in the same run (MB/s,",
            "articles/s, per stage). See docs/benchmarks.md."})
final class BenchmarkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Articles to score, e.g. a .jsonl.gz corpus.")
    List<Path> paths;

    @Option(names = "--limit", paramLabel = "N", description = "Use only the first N articles (default: all).")
    Integer limit;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3", description = "Measured rounds of each (default 3).")
    int rounds;

    @Option(names = "--scaling", paramLabel = "N,N,...", split = ",",
            description = "After the rounds, score the first N articles once for each N and report the cross-article stages.")
    List<Integer> scaling = List.of();

    int window = 1_000;

    @Option(names = "--window", paramLabel = "N",
            description = "Score bounded as `credence score` does, holding about N analysed articles (default 1000).")
    void window(int n) {
        if (n < 1) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--window': must be at least 1, was " + n);
        }
        window = n;
    }

    @Option(names = "--whole", description = "Measure the whole-run path instead: every article held at once.")
    boolean whole;

    @Mixin
    EngineSetup setup;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Engine engine = Engine.open(setup.options())) {
            ReadResult read = engine.read(paths);
            List<Article> articles = limit == null ? read.articles()
                    : read.articles().subList(0, Math.min(limit, read.articles().size()));
            long bytes = 0;
            for (Article a : articles) {
                bytes += Engine.textOf(a).getBytes(StandardCharsets.UTF_8).length;
            }
            double mb = bytes / 1e6;
            int threads = engine.options().threads();
            out.printf(Locale.ROOT, "%d articles, %.1f MB of text, %d threads, %d rules, Java %s%n", articles.size(), mb,
                    threads, engine.rules().descriptors().size(), System.getProperty("java.version"));
            List<Article> warmup = articles.subList(0, Math.min(300, articles.size()));
            baseline(engine, warmup, threads);
            exportBoth(engine.score(warmup, List.of(), WeightsProfile.defaults(), ProgressListener.NONE));
            List<Double> baseSeconds = new ArrayList<>();
            List<Double> pipeSeconds = new ArrayList<>();
            List<Double> peakHeap = new ArrayList<>();
            List<Double> peakLive = new ArrayList<>();
            Map<ProgressListener.Stage, Double> stages = new EnumMap<>(ProgressListener.Stage.class);
            Map<String, Double> rules = new TreeMap<>();
            Path measuredFile = whole ? null : writeJsonLines(articles);
            try {
                for (int round = 1; round <= rounds; round++) {
                    baseSeconds.add(baseline(engine, articles, threads));
                    Timing timing = new Timing();
                    HeapWatch heap = HeapWatch.start();
                    int findings;
                    int failures;
                    double seconds;
                    try (Engine fresh = Engine.open(setup.options())) {   // an empty tagger word cache, as a new run has
                        long start = System.nanoTime();
                        if (whole) {
                            ReadResult input = fresh.read(paths);
                            List<Article> measured = limit == null ? input.articles()
                                    : input.articles().subList(0, Math.min(limit, input.articles().size()));
                            Report report = fresh.score(measured, input.problems(), WeightsProfile.defaults(), timing);
                            exportBoth(report);
                            findings = report.findings().size();
                            failures = report.failures().size();
                        } else {
                            BoundedResult result = scoreBounded(fresh, measuredFile, timing);
                            findings = result.findings();
                            failures = result.failures().size();
                        }
                        seconds = (System.nanoTime() - start) / 1e9;
                    }
                    HeapWatch.Reading memory = heap.read();
                    peakHeap.add(memory.peakBytes() / 1e6);
                    peakLive.add(memory.peakAfterGcBytes() / 1e6);
                    pipeSeconds.add(seconds);
                    timing.nanos.forEach((stage, nanos) -> stages.merge(stage, nanos / 1e9 / rounds, Double::sum));
                    timing.rules.forEach((rule, nanos) -> rules.merge(rule, nanos / 1e9 / rounds, Double::sum));
                    out.printf(Locale.ROOT, "round %d: baseline %.2f s (%.2f MB/s), pipeline %.2f s (%.2f MB/s, %d findings, %d failures;"
                                    + " peak heap %.0f MB, %.0f MB after GC, of %.0f MB allowed, GC %.1f s)%n",
                            round, baseSeconds.get(round - 1), mb / baseSeconds.get(round - 1), seconds, mb / seconds,
                            findings, failures, memory.peakBytes() / 1e6,
                            memory.peakAfterGcBytes() / 1e6, Runtime.getRuntime().maxMemory() / 1e6, memory.gcMillis() / 1e3);
                    System.gc();
                }
            } finally {
                if (measuredFile != null) {
                    Files.deleteIfExists(measuredFile);
                }
            }
            double base = median(baseSeconds);
            double pipe = median(pipeSeconds);
            out.printf(Locale.ROOT, "%nmedian of %d rounds%n", rounds);
            out.printf(Locale.ROOT, "  bare OpenNLP sentences+tokens: %7.2f MB/s  %8.1f articles/s%n", mb / base,
                    articles.size() / base);
            out.printf(Locale.ROOT, "  credence score, read to CSV and JSON export (%s; all rules, fresh engine and tagger "
                    + "cache, warm JVM): %7.2f MB/s  %8.1f articles/s  (%.0f%% of baseline)%n",
                    whole ? "whole run in one heap" : "bounded, window " + window, mb / pipe,
                    articles.size() / pipe, 100 * base / pipe);
            out.println("  stages (mean seconds): " + stages.entrySet().stream()
                    .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey().label(), e.getValue())).toList());
            out.println("  rules (mean CPU seconds, all threads): " + rules.entrySet().stream()
                    .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue())).toList());
            out.printf(Locale.ROOT, "  peak heap in use while scoring: %.0f MB (largest round, sampled every 20 ms; -Xmx %.0f MB)%n",
                    peakHeap.stream().mapToDouble(Double::doubleValue).max().orElse(0), Runtime.getRuntime().maxMemory() / 1e6);
            out.printf(Locale.ROOT, "  peak heap left after a collection (what scoring holds, with the warm-up engine's models "
                    + "beside the measured engine's): %.0f MB (largest round)%n",
                    peakLive.stream().mapToDouble(Double::doubleValue).max().orElse(0));
            for (int n : scaling) {
                List<Article> prefix = articles.subList(0, Math.min(n, articles.size()));
                Timing timing = new Timing();
                engine.score(prefix, List.of(), WeightsProfile.defaults(), timing);
                double corpus = timing.nanos.getOrDefault(ProgressListener.Stage.CORPUS, 0L) / 1e9;
                double ruleStage = timing.nanos.getOrDefault(ProgressListener.Stage.RULES, 0L) / 1e9;
                out.printf(Locale.ROOT, "  scaling %6d articles: comparing articles %.2f s (%.0f us/article), applying rules %.2f s"
                                + " (%.0f us/article)%n", prefix.size(), corpus, 1e6 * corpus / prefix.size(), ruleStage,
                        1e6 * ruleStage / prefix.size());
                System.gc();
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** Scores a file bounded, as `credence score FILE --csv --json` does, to files that are then deleted. */
    private BoundedResult scoreBounded(Engine engine, Path input, ProgressListener timing)
            throws IOException, InterruptedException {
        Path csv = Files.createTempFile("credence-benchmark", ".csv");
        Path json = Files.createTempFile("credence-benchmark", ".json");
        Path spill = Files.createTempDirectory("credence-benchmark-spill-");
        try {
            return engine.scoreBounded(List.of(input), window, WeightsProfile.defaults(), csv, json, spill, timing,
                    report -> { });
        } finally {
            Files.deleteIfExists(csv);
            Files.deleteIfExists(json);
            try (var left = Files.list(spill)) {
                for (Path p : left.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(spill);
        }
    }

    /** The articles as JSON Lines in a temporary file, read back as they were (id, title, outlet, date, url, text). */
    private static Path writeJsonLines(List<Article> articles) throws IOException {
        Path file = Files.createTempFile("credence-benchmark", ".jsonl");
        ObjectMapper mapper = new ObjectMapper();
        try (var writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Article a : articles) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("id", a.id());
                row.put("title", a.title());
                row.put("outlet", a.outlet());
                row.put("date", a.date());
                row.put("url", a.url());
                row.put("text", a.body());
                writer.write(mapper.writeValueAsString(row));
                writer.write('\n');
            }
        }
        return file;
    }

    /** Writes the CSV and the JSON report, as `credence score --csv --json` does, to files that are then deleted. */
    private static void exportBoth(Report report) throws IOException {
        Path csv = Files.createTempFile("credence-benchmark", ".csv");
        Path json = Files.createTempFile("credence-benchmark", ".json");
        try {
            new CsvExporter().write(report, csv);
            new JsonReportExporter().write(report, json);
        } finally {
            Files.deleteIfExists(csv);
            Files.deleteIfExists(json);
        }
    }

    /** Seconds to split and tokenise every article, in parallel on the same number of threads as the pipeline. */
    private static double baseline(Engine engine, List<Article> articles, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<Integer>> futures = new ArrayList<>(articles.size());
            for (Article a : articles) {
                futures.add(pool.submit(() -> engine.countTokens(a)));
            }
            long tokens = 0;
            for (Future<Integer> f : futures) {
                tokens += f.get();
            }
            if (tokens < 0) {
                throw new IllegalStateException();   // keeps the work from being optimised away
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdownNow();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Collects each stage's wall time. */
    private static final class Timing implements ProgressListener {
        final Map<Stage, Long> nanos = new EnumMap<>(Stage.class);
        final Map<String, Long> rules = new TreeMap<>();

        @Override
        public synchronized void ruleTime(String ruleId, long n) {
            rules.merge(ruleId, n, Long::sum);
        }

        @Override
        public synchronized void finished(Stage stage, long n) {
            nanos.merge(stage, n, Long::sum);
        }
    }
}
