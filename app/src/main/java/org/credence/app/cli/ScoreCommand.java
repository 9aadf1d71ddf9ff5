package org.credence.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Claim;
import org.credence.engine.export.CsvExporter;
import org.credence.engine.export.JsonReportExporter;
import org.credence.engine.io.ReadProblem;
import org.credence.engine.io.ReadResult;
import org.credence.engine.pipeline.Engine;
import org.credence.engine.report.Report;
import org.credence.engine.result.RuleFailure;
import org.credence.engine.scoring.ClaimScore;
import org.credence.engine.scoring.Contribution;
import org.credence.engine.scoring.WeightsProfile;
import org.credence.engine.scoring.WeightsProfiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `credence score`: reads, analyses and scores articles together, prints a summary, writes CSV and JSON. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Scores the claims of the articles given, read together as one corpus, and says why.",
            "Reads .txt, .json, .jsonl(.gz), .html and .csv files and folders of them."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:everything was read and every rule ran",
            "1:results were written, but some inputs were unreadable or some rules failed",
            "2:the command line was wrong",
            "3:nothing could be scored or written"})
final class ScoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
    List<Path> paths;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write one row per claim to this CSV file.")
    Path csv;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the full report to this JSON file.")
    Path json;

    @Option(names = "--profile", paramLabel = "FILE", description = "Weights profile (JSON) to score with.")
    Path profile;

    @Option(names = {"-q", "--quiet"}, description = "Print no summary and no progress bar, only problems.")
    boolean quiet;

    @Option(names = "--all-claims", description = "List every claim in the summary, not only those with findings.")
    boolean allClaims;

    @Mixin
    EngineSetup setup;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        WeightsProfile weights = profile == null ? WeightsProfile.defaults() : WeightsProfiles.read(profile);
        try (Engine engine = Engine.open(setup.options())) {
            engine.rules().failures().forEach(f -> err.println("credence: " + describe(f)));
            ReadResult input = engine.read(paths);
            input.problems().forEach(p -> err.println("credence: " + p));
            if (input.articles().isEmpty()) {
                err.println("credence: no article could be read from " + paths);
                return ExitCodes.FAILED;
            }
            // a bar redrawn with carriage returns only makes sense on a terminal, not in a log file
            ProgressBar bar = new ProgressBar(err, !quiet && input.articles().size() > 1 && System.console() != null);
            Report report = engine.score(input.articles(), input.problems(), weights, bar);
            bar.done();
            report.failures().stream().skip(engine.rules().failures().size())
                    .forEach(f -> err.println("credence: " + describe(f)));
            if (!quiet) {
                printSummary(report, out);
            }
            if (!write(report, err)) {
                return ExitCodes.FAILED;
            }
            out.flush();
            return report.problems().isEmpty() && report.failures().isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL;
        }
    }

    private boolean write(Report report, PrintWriter err) {
        try {
            if (csv != null) {
                new CsvExporter().write(report, csv);
            }
            if (json != null) {
                new JsonReportExporter().write(report, json);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            err.println("credence: cannot write the export: " + CredenceCommand.oneLine(e));
            return false;
        }
    }

    static String describe(RuleFailure f) {
        String where = f.articleId().isEmpty() ? "" : " on " + f.articleId();
        if (f.ruleId().isEmpty()) {
            return "plugin " + f.pluginId() + " failed" + where + ": " + f.reason();
        }
        return "rule " + f.ruleId() + " (plugin " + f.pluginId() + ") failed" + where + ": " + f.reason();
    }

    private void printSummary(Report report, PrintWriter out) {
        for (AnalyzedArticle article : report.corpus().articles()) {
            double articleScore = report.scores().article(article.id()).map(a -> a.score()).orElse(Double.NaN);
            String outlet = article.article().outlet().isEmpty() ? "" : " (" + article.article().outlet() + ")";
            out.printf(Locale.ROOT, "%s%s  score %.0f  %d claims%n", article.id(), outlet, articleScore,
                    article.claims().size());
            String title = article.article().title().strip();
            if (!title.isEmpty()) {
                out.println("  " + title);
            }
            report.scores().article(article.id()).ifPresent(score -> score.contributions().forEach(c -> out.printf(
                    Locale.ROOT, "  article %+6.1f  %s: %s%n", c.points(), c.ruleId(), c.finding().explanation())));
            for (Claim claim : article.claims()) {
                List<Contribution> contributions = report.scores().claim(claim.id())
                        .map(ClaimScore::contributions).orElse(List.of());
                if (contributions.isEmpty() && !allClaims) {
                    continue;
                }
                double score = report.scores().claim(claim.id()).map(ClaimScore::score).orElse(Double.NaN);
                out.printf(Locale.ROOT, "  %-4s %3.0f  %s%n", "#" + claim.sentenceIndex(), score,
                        abbreviate(article.text(claim.span()), 110));
                for (Contribution c : contributions) {
                    out.printf(Locale.ROOT, "            %+6.1f  %s: %s%n", c.points(), c.ruleId(),
                            c.finding().explanation());
                }
            }
            out.println();
        }
        report.corpus().duplicateGroups().forEach(g -> out.printf(Locale.ROOT,
                "near-duplicates: %s (similarity %.0f%%)%n", String.join(", ", g.articleIds()), 100 * g.similarity()));
    }

    private static String abbreviate(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }
}
