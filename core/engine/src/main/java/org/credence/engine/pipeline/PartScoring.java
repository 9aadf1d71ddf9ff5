package org.credence.engine.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Article;
import org.credence.engine.analysis.Analyzer;
import org.credence.engine.corpus.Corpus;
import org.credence.engine.corpus.CorpusBuilder;
import org.credence.engine.export.CsvExporter;
import org.credence.engine.export.JsonReportExporter;
import org.credence.engine.io.ReadProblem;
import org.credence.engine.progress.ProgressListener;
import org.credence.engine.report.Report;
import org.credence.engine.rules.LoadedRules;
import org.credence.engine.rules.RuleRunner;
import org.credence.engine.scoring.Scorer;
import org.credence.engine.scoring.WeightsProfile;

/**
 * Judges one part of a {@link ScoringPlan}: analyses the articles it loads, applies the rules to those it judges,
 * scores them and makes their CSV rows. Used by {@link Engine#scorePart} (on any machine) and by the bounded run.
 */
final class PartScoring {

    private final Analyzer analyzer;
    private final CorpusBuilder corpusBuilder;
    private final RuleRunner runner;
    private final Scorer scorer;
    private final ExecutorService workers;
    private final Supplier<LoadedRules> rules;

    PartScoring(Analyzer analyzer, CorpusBuilder corpusBuilder, RuleRunner runner, Scorer scorer,
                ExecutorService workers, Supplier<LoadedRules> rules) {
        this.analyzer = analyzer;
        this.corpusBuilder = corpusBuilder;
        this.runner = runner;
        this.scorer = scorer;
        this.workers = workers;
        this.rules = rules;
    }

    /** Analyses articles given with their positions, in parallel; one the analyser chokes on becomes a problem. */
    Map<Integer, AnalyzedArticle> analyse(List<IndexedArticle> articles, List<ReadProblem> problems)
            throws InterruptedException {
        List<Future<AnalyzedArticle>> futures = new ArrayList<>(articles.size());
        for (IndexedArticle a : articles) {
            futures.add(workers.submit(() -> analyzer.analyze(a.article())));
        }
        Map<Integer, AnalyzedArticle> out = new HashMap<>();
        try {
            for (int i = 0; i < articles.size(); i++) {
                try {
                    out.put(articles.get(i).index(), futures.get(i).get());
                } catch (ExecutionException e) {
                    Article a = articles.get(i).article();
                    problems.add(new ReadProblem(a.origin().isEmpty() ? a.id() : a.origin(),
                            "could not be analysed: " + e.getCause()));
                }
            }
        } finally {
            futures.forEach(f -> f.cancel(true));
        }
        return out;
    }

    /**
     * The rules and scores of one part, from its articles analysed already (by index).
     *
     * @param json   whether to make each article's entry of the JSON report too
     * @param report told of the part's report, when not null
     */
    ScoredPart judge(ScoringPlan plan, int part, Map<Integer, AnalyzedArticle> analysed, List<ReadProblem> problems,
                     WeightsProfile profile, boolean json, ProgressListener progress, Consumer<Report> report)
            throws InterruptedException {
        List<AnalyzedArticle> core = new ArrayList<>();
        for (int i : plan.core(part)) {
            AnalyzedArticle a = analysed.get(i);
            if (a != null) {
                core.add(checked(plan, i, a));
            }
        }
        List<AnalyzedArticle> context = new ArrayList<>();
        for (int i : plan.loads(part)) {
            AnalyzedArticle a = analysed.get(i);
            if (a != null && core.stream().noneMatch(c -> c == a)) {
                context.add(checked(plan, i, a));
            }
        }
        Corpus corpus = corpusBuilder.corpus(plan.index(), core, context);
        LoadedRules loaded = rules.get();
        RuleRunner.Result run = runner.run(corpus, loaded.rules(), progress);
        run.nanosByRule().forEach(progress::ruleTime);
        Report scored = new Report(corpus, loaded.descriptors(), run.findings(), run.failures(),
                scorer.score(run.findings(), corpus, loaded.descriptors(), profile), problems);
        if (report != null) {
            report.accept(scored);
        }
        List<ScoredRows> rows = new ArrayList<>();
        try {
            Map<String, String> csv = new CsvExporter().rowsByArticle(scored, List.of());
            Map<String, String> entries = json ? new JsonReportExporter().articlesById(scored) : Map.of();
            for (int i : plan.core(part)) {
                String id = plan.articleId(i);
                if (csv.containsKey(id)) {
                    rows.add(new ScoredRows(i, id, csv.get(id), entries.getOrDefault(id, "")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // a StringBuilder does not fail
        }
        int claims = core.stream().mapToInt(a -> a.claims().size()).sum();
        RunLog.articles(scored);
        return new ScoredPart(rows, claims, run.findings().size(), run.failures(), problems);
    }

    private static AnalyzedArticle checked(ScoringPlan plan, int index, AnalyzedArticle a) {
        if (!plan.articleId(index).equals(a.id())) {
            throw new IllegalArgumentException("article " + index + " is " + a.id() + ", the plan has "
                    + plan.articleId(index));
        }
        return a;
    }

}
