package org.credence.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.credence.engine.io.ReadResult;
import org.credence.engine.pipeline.Engine;
import org.credence.engine.pipeline.EngineOptions;
import org.credence.engine.scoring.WeightsProfile;
import org.credence.engine.scoring.WeightsProfiles;

/**
 * One {@code credence-spark score} run: starts Spark, reads the inputs on the driver as {@code credence score} reads
 * them, ships the plugins, runs {@link SparkScoring}, reports problems and failures as one line each, and gives the
 * exit code of docs/cli.md.
 */
final class SparkScoreRun {

    /** The most articles one part loads when no --window is given, as for {@code credence score}. */
    static final int MAX_WINDOW = 2_000;

    private final Console console;

    SparkScoreRun(Console console) {
        this.console = console;
    }

    int run(ScoreRequest request) {
        WeightsProfile profile;
        try {
            profile = request.profile() == null ? WeightsProfile.defaults() : WeightsProfiles.read(request.profile());
        } catch (IOException | RuntimeException e) {
            console.error("cannot read the profile " + request.profile(), e);
            return ExitCodes.FAILED;
        }
        SparkConf conf = SparkSessions.conf(request);
        SparkSession session = SparkSessions.start(conf);
        Path work = null;
        try (JavaSparkContext spark = new JavaSparkContext(session.sparkContext());
             Engine driver = Engine.open(new EngineOptions(request.plugins(), List.of(), null, 1,
                     request.ruleBudget(), List.of()));
             InputFiles inputs = InputFiles.of(request.inputs(), spark.hadoopConfiguration())) {
            console.failures(driver.rules().failures());
            ReadResult read = inputs.read();
            console.problems(read.problems());
            if (read.articles().isEmpty()) {
                console.error("no article could be read from " + request.inputs());
                return ExitCodes.FAILED;
            }
            work = Files.createTempDirectory("credence-spark");
            String archive = request.plugins() == null ? null : PluginShipment.ship(spark, request.plugins(), work);
            int window = request.window() != null ? request.window()
                    : defaultWindow(read.articles().size(), spark.defaultParallelism());
            ClaimsTable claims = request.parquet() == null ? null : new ClaimsTable(session, request.parquet());
            SparkScoring.Outcome outcome;
            try {
                outcome = new SparkScoring(spark, EngineRecipe.of(archive, request.ruleBudget().toMillis(), driver))
                        .score(driver, read.articles(), profile, window,
                                new SparkScoring.Exports(request.csv(), request.json(), claims, read.problems()));
            } catch (IOException | RuntimeException e) {
                console.error("cannot write the export", e);
                return ExitCodes.FAILED;
            }
            console.problems(outcome.problems());
            console.failures(outcome.failures());
            if (outcome.articles() == 0) {
                console.error("no article could be analysed from " + request.inputs());
                return ExitCodes.FAILED;
            }
            if (!request.quiet()) {
                console.summary(String.format(Locale.ROOT,
                        "%d articles, %d claims, %d findings, judged in %d parts loading %d articles on %s; CSV: %s%s%s",
                        outcome.articles(), outcome.claims(), outcome.findings(), outcome.parts(), outcome.loads(),
                        spark.master(), request.csv(), request.json() == null ? "" : "; JSON: " + request.json(),
                        claims == null ? "" : "; Parquet: " + request.parquet()));
            }
            boolean clean = read.problems().isEmpty() && outcome.problems().isEmpty()
                    && outcome.failures().isEmpty() && driver.rules().failures().isEmpty();
            return clean ? ExitCodes.OK : ExitCodes.PARTIAL;
        } catch (IOException | RuntimeException e) {
            console.error("the run failed", e);
            return ExitCodes.FAILED;
        } finally {
            session.stop();
            TaskEngine.delete(work);
        }
    }

    /**
     * The articles spread over the cores, at most {@link #MAX_WINDOW} a part: every core gets a part to judge, and no
     * part holds more analysed articles than {@code credence score} would.
     */
    static int defaultWindow(int articles, int cores) {
        return Math.max(1, Math.min(MAX_WINDOW, SparkScoring.ceilDiv(articles, Math.max(1, cores))));
    }
}
