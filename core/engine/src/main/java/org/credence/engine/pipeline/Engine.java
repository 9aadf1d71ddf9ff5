package org.credence.engine.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Article;
import org.credence.api.CorpusView;
import org.credence.engine.analysis.Analyzer;
import org.credence.engine.analysis.OpenNlpPipeline;
import org.credence.engine.analysis.StandardAnalysis;
import org.credence.engine.analysis.TaggingTriggers;
import org.credence.engine.corpus.ArticleDigest;
import org.credence.engine.corpus.Corpus;
import org.credence.engine.corpus.CorpusBuilder;
import org.credence.engine.corpus.CorpusIndex;
import org.credence.engine.corpus.CorpusParts;
import org.credence.engine.export.CsvExporter;
import org.credence.engine.export.JsonReportExporter;
import org.credence.engine.export.JsonReportStream;
import org.credence.engine.io.ArticleReaders;
import org.credence.engine.io.ReadProblem;
import org.credence.engine.io.ReadResult;
import org.credence.engine.lexicon.Lexicons;
import org.credence.engine.model.Models;
import org.credence.engine.progress.ProgressListener;
import org.credence.engine.progress.ProgressListener.Stage;
import org.credence.engine.report.Report;
import org.credence.engine.result.RuleCatalog;
import org.credence.engine.result.RuleFailure;
import org.credence.engine.rules.LoadedRules;
import org.credence.engine.rules.RuleRunner;
import org.credence.engine.scoring.Scorer;
import org.credence.engine.scoring.WeightsProfile;

/**
 * The engine in one place: read articles, analyse them, put them in a corpus, apply every loaded rule, score.
 *
 * <p>Analysis is the expensive step and runs once; {@link #rescore} applies another weights profile to the findings
 * of an earlier run without touching the text. Every rule runs whatever the profile says, so switching a rule back
 * on needs no new run. {@link #reloadRules} loads the plugins folder again (a plugin or rule pack installed, changed,
 * switched off) and {@link #rerunRules} applies the new rules to an earlier run's corpus, again without analysis.
 * An engine owns worker threads and loaded plugins: close it.
 */
public final class Engine implements AutoCloseable {

    private final EngineOptions options;
    private final OpenNlpPipeline pipeline;
    private final Analyzer analyzer;
    private final ArticleReaders readers;
    private volatile LoadedRules rules;
    private final RuleRunner runner;
    private final Scorer scorer = new Scorer();
    private final CorpusBuilder corpusBuilder;
    private final ExecutorService workers;
    private final PartScoring parts;

    private Engine(EngineOptions options, OpenNlpPipeline pipeline, Analyzer analyzer, CorpusBuilder corpusBuilder,
                   LoadedRules rules) {
        this.options = options;
        this.pipeline = pipeline;
        this.corpusBuilder = corpusBuilder;
        this.analyzer = analyzer;
        this.readers = new ArticleReaders();
        this.rules = rules;
        this.runner = new RuleRunner(options.threads(), options.ruleBudget());
        this.workers = Executors.newFixedThreadPool(options.threads(), daemonThreads("credence-analysis"));
        this.parts = new PartScoring(analyzer, corpusBuilder, runner, scorer, workers, () -> this.rules);
    }

    /** Loads the language models, the lexicons and the rules. */
    public static Engine open(EngineOptions options) {
        Lexicons lexicons = options.lexiconDir() == null ? Lexicons.defaults() : Lexicons.withOverrides(options.lexiconDir());
        OpenNlpPipeline pipeline = new OpenNlpPipeline(TaggingTriggers.from(lexicons));
        Models models = options.modelDir() == null ? Models.bundled() : Models.withOverrides(options.modelDir());
        Analyzer analyzer = StandardAnalysis.analyzer(pipeline, lexicons, models);
        return new Engine(options, pipeline, analyzer, new CorpusBuilder(lexicons), RuleSources.load(options));
    }

    /**
     * The plugins and rule packs of a plugins folder as the engine would load them, without loading the language
     * models: for listing a folder. The plugins are unloaded again before this returns.
     */
    public static RuleCatalog rulesIn(Path pluginsDir) {
        try (LoadedRules loaded = RuleSources.load(pluginsDir, List.of(), List.of())) {
            return loaded.catalog();
        }
    }

    /** The rules and plugins this engine loaded, with the plugins that failed to load. */
    public RuleCatalog rules() {
        return rules.catalog();
    }

    /** Reads files and folders; a file that cannot be read becomes a problem and the others go on. */
    public ReadResult read(List<Path> paths) {
        return readers.read(paths);
    }

    /** Analyses one article. Safe to call from any thread. */
    public AnalyzedArticle analyze(Article article) {
        return analyzer.analyze(article);
    }

    /** @return the text an analysed article's spans point into: the headline, a blank line and the body */
    public static String textOf(Article article) {
        return Analyzer.textOf(article);
    }

    /**
     * Splits an article's text into sentences and tokens and does nothing more: the baseline that
     * {@code credence benchmark} sets the whole pipeline beside. Safe to call from any thread.
     *
     * @return the number of tokens
     */
    public int countTokens(Article article) {
        return pipeline.countTokens(Analyzer.textOf(article));
    }

    /**
     * The corpus of articles analysed already: copies, stories and claim links, no rules. For measuring how the
     * engine groups articles ({@code credence eval stories}).
     */
    public CorpusView corpusOf(List<AnalyzedArticle> analysed) {
        return corpusBuilder.build(analysed);
    }

    /** Analyses, compares and scores the articles together. */
    public Report score(List<Article> articles, List<ReadProblem> problems, WeightsProfile profile,
                        ProgressListener progress) throws InterruptedException {
        long start = System.nanoTime();
        List<ReadProblem> allProblems = new ArrayList<>(problems);
        List<Analysed> analysed = analyseAll(articles, progress, allProblems);
        progress.finished(Stage.ANALYSE, System.nanoTime() - start);
        RunLog.stage(Stage.ANALYSE, articles.size(), System.nanoTime() - start);

        start = System.nanoTime();
        List<ArticleDigest> digests = new ArrayList<>(analysed.size());
        for (int i = 0; i < analysed.size(); i++) {
            digests.add(analysed.get(i).digest().withIndex(i));
        }
        Corpus corpus = corpusBuilder.build(analysed.stream().map(Analysed::article).toList(), digests);
        progress.finished(Stage.CORPUS, System.nanoTime() - start);
        RunLog.stage(Stage.CORPUS, analysed.size(), System.nanoTime() - start);
        return applyRules(corpus, allProblems, profile, progress);
    }

    /**
     * Scores articles read from files while holding at most about {@code window} analysed articles (decision 0042):
     * articles are read and analysed streaming and kept as summaries, grouped from those, then judged part by part,
     * each part analysed again from a spill with the articles its rules reach. A run of {@code window} articles or
     * fewer is analysed once and judged as one part. The CSV and the JSON report are those {@link #score} with
     * {@link CsvExporter} and {@link JsonReportExporter} give.
     *
     * @param csv      the CSV to write, or null for none; written only when an article was scored
     * @param json     the JSON report to write, or null for none; written only when an article was scored
     * @param spillDir a folder for the spill files (deleted before this returns)
     * @param parts    told of each part judged, with its report, in the order parts are judged
     */
    public BoundedResult scoreBounded(List<Path> inputs, int window, WeightsProfile profile, Path csv, Path json,
                                      Path spillDir, ProgressListener progress, Consumer<Report> parts)
            throws IOException, InterruptedException {
        return new BoundedRun(this, window, spillDir).run(inputs, profile, csv, json, progress, parts);
    }

    /**
     * Step 1 of a run that does not share one heap: analyses one article and keeps what the corpus step needs.
     * Safe to call from any thread. Throws when the analyser chokes on the article (the caller records a problem).
     *
     * @param index the article's position in the run; positions run from 0 without gaps
     */
    public ArticleSummary summarize(int index, Article article) {
        return new ArticleSummary(corpusBuilder.digest(index, analyzer.analyze(article)));
    }

    /**
     * Step 2, in one place: copies, stories and claim links of the run from its summaries, and the run cut into parts
     * of at most about {@code window} loaded articles.
     *
     * @param summaries one per article, in any order, with or without sentence features
     * @param features  the whole summaries of the articles asked for (at most two calls)
     */
    public ScoringPlan plan(List<ArticleSummary> summaries, CopyFeatureSource features, int window) {
        List<ArticleDigest> digests = new ArrayList<>(summaries.stream().map(ArticleSummary::digest).toList());
        digests.sort(Comparator.comparingInt(ArticleDigest::index));
        CorpusIndex index = corpusBuilder.index(digests, wanted -> {
            Map<Integer, ArticleDigest> out = new HashMap<>();
            features.fetch(wanted).forEach((i, summary) -> out.put(i, summary.digest()));
            return out;
        });
        return new ScoringPlan(index, CorpusParts.of(index, window));
    }

    /**
     * Step 3, on any thread or machine: analyses the articles one part of a plan loads, applies every loaded rule to
     * the articles it judges, scores them and gives their CSV rows, and their entries of the JSON report when asked.
     *
     * @param loaded the articles of {@link ScoringPlan#loads} for this part, in any order
     * @param json   whether to make the articles' entries of the JSON report ({@link #jsonReport})
     */
    public ScoredPart scorePart(ScoringPlan plan, int part, List<IndexedArticle> loaded, WeightsProfile profile,
                                boolean json) throws InterruptedException {
        List<ReadProblem> problems = new ArrayList<>();
        Map<Integer, AnalyzedArticle> analysed = parts.analyse(loaded, problems);
        return parts.judge(plan, part, analysed, problems, profile, json, ProgressListener.NONE, null);
    }

    /** The CSV's beginning for this engine's rules and a profile: byte-order mark, profile comments and header. */
    public String csvHead(WeightsProfile profile) {
        StringBuilder out = new StringBuilder("\uFEFF");
        try {
            new CsvExporter().writeHead(rules.descriptors(), profile, out, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // a StringBuilder does not fail
        }
        return out.toString();
    }

    /**
     * A JSON report of a run judged in parts, begun on a stream with this engine's rules and a profile: give it each
     * article's entry ({@link ScoredRows#json}) in the run's order, then {@link JsonReportStream#finish} with the plan's
     * groups of copies, the load failures and then the rule failures in article order, and the problems.
     */
    public JsonReportStream jsonReport(OutputStream out, WeightsProfile profile) throws IOException {
        return new JsonReportExporter().open(out, rules.descriptors(), profile);
    }

    /** A digest, for a run that analysed an article itself. */
    ArticleDigest digest(int index, AnalyzedArticle article) {
        return corpusBuilder.digest(index, article);
    }

    AnalyzedArticle analyse(Article article) {
        return analyzer.analyze(article);
    }

    ExecutorService workers() {
        return workers;
    }

    PartScoring parts() {
        return parts;
    }

    int rulesLoaded() {
        return rules.rules().size();
    }

    List<RuleFailure> loadFailures() {
        return rules.failures();
    }

    /** The rules loaded now, applied to an earlier run's articles: no reading, no analysis. */
    public Report rerunRules(Report earlier, WeightsProfile profile) throws InterruptedException {
        return applyRules(earlier.corpus(), earlier.problems(), profile, ProgressListener.NONE);
    }

    /**
     * Loads the plugins folder again, for a plugin or rule pack installed, edited, switched off or removed since.
     * The old plugins are unloaded; a run under way keeps the rules it started with.
     *
     * @return the rules now loaded
     */
    public synchronized RuleCatalog reloadRules() {
        LoadedRules old = rules;
        rules = RuleSources.load(options);
        old.close();
        return rules.catalog();
    }

    private Report applyRules(CorpusView corpus, List<ReadProblem> problems, WeightsProfile profile,
                              ProgressListener progress) throws InterruptedException {
        LoadedRules loaded = rules;
        long start = System.nanoTime();
        RuleRunner.Result run = runner.run(corpus, loaded.rules(), progress);
        progress.finished(Stage.RULES, System.nanoTime() - start);
        RunLog.stage(Stage.RULES, corpus.size(), System.nanoTime() - start);
        run.nanosByRule().forEach(progress::ruleTime);

        start = System.nanoTime();
        List<RuleFailure> failures = new ArrayList<>(loaded.failures());
        failures.addAll(run.failures());
        Report report = new Report(corpus, loaded.descriptors(), run.findings(), failures,
                scorer.score(run.findings(), corpus, loaded.descriptors(), profile), problems);
        progress.finished(Stage.SCORE, System.nanoTime() - start);
        RunLog.log(report, loaded.rules().size());
        return report;
    }

    /** The same findings under another weights profile: no analysis, no rules. */
    public Report rescore(Report report, WeightsProfile profile) {
        return report.withScores(scorer.score(report.findings(), report.corpus(), report.rules(), profile));
    }

    /** Analyses in parallel, keeping input order; an article the analyser chokes on becomes a problem. */
    private record Analysed(AnalyzedArticle article, ArticleDigest digest) {
    }

    private List<Analysed> analyseAll(List<Article> articles, ProgressListener progress,
                                      List<ReadProblem> problems) throws InterruptedException {
        AtomicInteger done = new AtomicInteger();
        int total = articles.size();
        List<Future<Analysed>> futures = new ArrayList<>(total);
        for (Article article : articles) {
            futures.add(workers.submit(() -> {
                AnalyzedArticle a = analyzer.analyze(article);
                ArticleDigest digest = corpusBuilder.digest(0, a);   // in parallel here rather than serially later
                progress.progress(Stage.ANALYSE, done.incrementAndGet(), total);
                return new Analysed(a, digest);
            }));
        }
        List<Analysed> out = new ArrayList<>(total);
        try {
            for (int i = 0; i < total; i++) {
                try {
                    out.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    Article a = articles.get(i);
                    problems.add(new ReadProblem(a.origin().isEmpty() ? a.id() : a.origin(),
                            "could not be analysed: " + e.getCause()));
                }
            }
        } finally {
            futures.forEach(f -> f.cancel(true));
        }
        return out;
    }

    /** The options this engine was opened with. */
    public EngineOptions options() {
        return options;
    }

    @Override
    public void close() {
        workers.shutdownNow();
        runner.close();
        rules.close();
    }

    static ThreadFactory daemonThreads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
