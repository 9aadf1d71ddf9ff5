package org.credence.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Claim;
import org.credence.api.DuplicateGroup;
import org.credence.engine.pipeline.BoundedResult;
import org.credence.engine.pipeline.Engine;
import org.credence.engine.report.Report;
import org.credence.engine.scoring.ClaimScore;
import org.credence.engine.scoring.Contribution;
import org.credence.engine.scoring.WeightsProfile;
import org.credence.engine.scoring.WeightsProfiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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

    int window = 1_000;

    @Option(names = "--window", paramLabel = "N",
            description = {"Hold about N analysed articles at a time (default: 1000). A larger run is judged in "
                + "parts, story by story, each analysed again, with the same scores and exports."})
    void window(int n) {
        if (n < 1) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--window': must be at least 1, was " + n);
        }
        window = n;
    }

    @Mixin
    EngineSetup setup;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Console console = new Console(spec);
        WeightsProfile weights = profile == null ? WeightsProfile.defaults() : WeightsProfiles.read(profile);
        try (Engine engine = Engine.open(setup.options())) {
            console.failures(engine.rules().failures());
            return scoreInParts(engine, weights, console, out);
        }
    }

    /** The bounded run (decision 0042): streaming, in parts; the summary is printed part by part. */
    private int scoreInParts(Engine engine, WeightsProfile weights, Console console, PrintWriter out)
            throws InterruptedException {
        ProgressBar bar = console.progress(!quiet, 2);
        int loadFailures = engine.rules().failures().size();
        BoundedResult result;
        Path spill = null;
        Thread cleanUp = null;
        try {
            spill = Files.createTempDirectory("credence-spill-");
            // a run stopped with Ctrl-C would otherwise leave its spill (hundreds of MB on a large corpus) behind
            Path folder = spill;
            cleanUp = new Thread(() -> deleteWhileWritten(folder), "credence-spill-cleanup");
            Runtime.getRuntime().addShutdownHook(cleanUp);
            result = engine.scoreBounded(paths, window, weights, csv, json, spill, bar, report -> {
                if (!quiet) {
                    bar.done();
                    printArticles(report, out);
                }
            });
        } catch (IOException | RuntimeException e) {
            bar.done();
            console.error("cannot score or write the export", e);
            return ExitCodes.FAILED;
        } finally {
            if (cleanUp != null) {
                removeHook(cleanUp);
            }
            deleteQuietly(spill);
        }
        bar.done();
        console.problems(result.problems());
        console.failures(result.failures().subList(loadFailures, result.failures().size()));
        if (result.articles() == 0) {
            console.error("no article could be read from " + paths);
            return ExitCodes.FAILED;
        }
        if (!quiet) {
            printGroups(result.groups(), out);
        }
        out.flush();
        return result.problems().isEmpty() && result.failures().isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down already: the hook deletes the spill
        }
    }

    /**
     * Deletes the spill from the shutdown hook. The run's threads go on writing while hooks run, so a file written
     * after the walk keeps the folder alive (StoppedRunTest caught it on a loaded machine): walk again until the
     * folder is gone, for up to two seconds.
     */
    private static void deleteWhileWritten(Path dir) {
        for (int attempt = 0; attempt < 40 && Files.exists(dir); attempt++) {
            deleteQuietly(dir);
            if (Files.exists(dir)) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is the operating system's to clear
        }
    }

    private void printArticles(Report report, PrintWriter out) {
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
        out.flush();
    }

    private static void printGroups(List<DuplicateGroup> groups, PrintWriter out) {
        groups.forEach(g -> out.printf(Locale.ROOT, "near-duplicates: %s (similarity %.0f%%)%n",
                String.join(", ", g.articleIds()), 100 * g.similarity()));
    }

    private static String abbreviate(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }
}
