package org.credence.engine.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Article;
import org.credence.api.CorpusView;
import org.credence.engine.analysis.Analyzer;
import org.credence.engine.analysis.OpenNlpPipeline;
import org.credence.engine.analysis.StandardAnalysis;
import org.credence.engine.analysis.TaggingTriggers;
import org.credence.engine.corpus.Corpus;
import org.credence.engine.corpus.CorpusBuilder;
import org.credence.engine.corpus.story.StorySummary;
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
        List<CorpusBuilder.Signature> signatures = analysed.stream().map(Analysed::signature).toList();
        Corpus corpus = corpusBuilder.build(analysed.stream().map(Analysed::article).toList(), signatures,
                analysed.stream().map(Analysed::story).toArray(StorySummary[]::new));
        progress.finished(Stage.CORPUS, System.nanoTime() - start);
        RunLog.stage(Stage.CORPUS, analysed.size(), System.nanoTime() - start);
        return applyRules(corpus, allProblems, profile, progress);
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
    private record Analysed(AnalyzedArticle article, CorpusBuilder.Signature signature, StorySummary story) {
    }

    private List<Analysed> analyseAll(List<Article> articles, ProgressListener progress,
                                      List<ReadProblem> problems) throws InterruptedException {
        AtomicInteger done = new AtomicInteger();
        int total = articles.size();
        List<Future<Analysed>> futures = new ArrayList<>(total);
        for (Article article : articles) {
            futures.add(workers.submit(() -> {
                AnalyzedArticle a = analyzer.analyze(article);
                CorpusBuilder.Signature signature = corpusBuilder.signature(a);   // in parallel here rather than serially later
                StorySummary story = corpusBuilder.storySummary(a);
                progress.progress(Stage.ANALYSE, done.incrementAndGet(), total);
                return new Analysed(a, signature, story);
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
