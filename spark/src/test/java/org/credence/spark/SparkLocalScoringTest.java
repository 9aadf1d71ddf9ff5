package org.credence.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.credence.engine.pipeline.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * credence-spark on Spark embedded ({@code local[2]}) writes, byte for byte, the CSV of the single-machine run
 * ({@link Engine#score} and the CSV exporter) and of the bounded run ({@link Engine#scoreBounded}), on the bundled
 * example story and on articles of our own, with the bundled rule plugins shipped to the executors as a run ships
 * them; however the run is cut into parts.
 */
class SparkLocalScoringTest {

    @TempDir
    static Path dir;
    private static Path plugins;
    private static Path own;
    private static String storyCsv;
    private static String ownCsv;
    private static String bothCsv;
    private static String bothJson;
    private static String storyAndMissingJson;
    private static Path missing;

    @BeforeAll
    static void scoreOnOneMachine() throws Exception {
        plugins = TestCorpus.plugins(dir.resolve("plugins"));
        own = TestCorpus.write(dir.resolve("own"), TestCorpus.OWN);
        try (Engine engine = TestCorpus.engine(plugins)) {
            storyCsv = TestCorpus.wholeRun(engine, List.of(TestCorpus.exampleStory()));
            ownCsv = TestCorpus.wholeRun(engine, List.of(own));
            bothCsv = TestCorpus.wholeRun(engine, List.of(TestCorpus.exampleStory(), own));
            bothJson = TestCorpus.wholeRunJson(engine, List.of(TestCorpus.exampleStory(), own), dir);
            missing = dir.resolve("no-such-article.txt");
            storyAndMissingJson = TestCorpus.wholeRunJson(engine, List.of(TestCorpus.exampleStory(), missing), dir);
            assertThat(TestCorpus.boundedRun(engine, List.of(TestCorpus.exampleStory(), own), 2, dir))
                    .as("the bounded run, parts of two articles").isEqualTo(bothCsv);
        }
        assertThat(storyCsv.lines().count()).as("the example story has claims").isGreaterThan(10);
        assertThat(ownCsv).as("rules fired on our articles").contains("copied-content").contains("hedged-language");
    }

    @AfterAll
    static void noSessionLeftBehind() {
        assertThat(SparkSession.getActiveSession().isEmpty()).isTrue();
    }

    /** What a run printed and returned. */
    record Run(int exit, String out, String err) {
    }

    static Run credenceSpark(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static String score(String name, List<String> inputs, String... more) throws Exception {
        Path csv = dir.resolve(name + ".csv");
        List<String> args = new ArrayList<>(List.of("score"));
        args.addAll(inputs);
        args.addAll(List.of("--csv", csv.toString(), "--master", "local[2]", "--plugins", plugins.toString(),
                "--rule-budget", Long.toString(TestCorpus.BUDGET.toMillis())));
        args.addAll(List.of(more));
        Run run = credenceSpark(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("credence-spark:");
        return Files.readString(csv, StandardCharsets.UTF_8);
    }

    @Test
    void theExampleStoryScoresAsOnOneMachine() throws Exception {
        assertThat(score("story", List.of(TestCorpus.exampleStory().toString()))).isEqualTo(storyCsv);
    }

    @Test
    void ourOwnArticlesScoreAsOnOneMachineWhenEveryArticleIsAPart() throws Exception {
        assertThat(score("own", List.of(own.toString()), "--window", "1")).isEqualTo(ownCsv);
    }

    @Test
    void bothFoldersTogetherAsFileUrlsScoreAsOnOneMachineAndTheBoundedRun() throws Exception {
        String csv = score("both-urls", List.of(TestCorpus.exampleStory().toUri().toString(), own.toUri().toString()),
                "--window", "3");
        assertThat(csv).isEqualTo(bothCsv);
    }

    @Test
    void theJsonReportIsTheOneMachineReportWhenTheRunIsCutInParts() throws Exception {
        Path json = dir.resolve("both.json");
        String csv = score("both-json", List.of(TestCorpus.exampleStory().toString(), own.toString()),
                "--window", "2", "--json", json.toString());
        assertThat(csv).isEqualTo(bothCsv);
        assertThat(Files.readString(json, StandardCharsets.UTF_8)).isEqualTo(bothJson);
    }

    @Test
    void theJsonReportNamesAnUnreadableInputAsTheOneMachineReportDoes() throws Exception {
        Path json = dir.resolve("story-and-missing.json");
        Path csv = dir.resolve("story-and-missing.csv");
        Run run = credenceSpark("score", TestCorpus.exampleStory().toString(), missing.toString(),
                "--csv", csv.toString(), "--json", json.toString(), "--master", "local[2]",
                "--plugins", plugins.toString(), "--rule-budget", Long.toString(TestCorpus.BUDGET.toMillis()));
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(storyAndMissingJson).as("the one-machine report names the missing file").contains("no such file");
        assertThat(Files.readString(json, StandardCharsets.UTF_8)).isEqualTo(storyAndMissingJson);
    }

    @Test
    void theParquetTableHoldsTheCsvRowsWithNumbersAsNumbers() throws Exception {
        Path parquet = dir.resolve("claims.parquet");
        String csv = score("with-parquet", List.of(TestCorpus.exampleStory().toString(), own.toString()),
                "--parquet", parquet.toString());
        assertThat(csv).isEqualTo(bothCsv);
        long claims = bothCsv.lines().filter(l -> !l.startsWith("#") && !l.startsWith("\uFEFF")).count() - 1;
        SparkSession session = SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        try {
            Dataset<Row> table = session.read().parquet(parquet.toString());
            assertThat(table.count()).isEqualTo(claims);
            assertThat(table.schema().apply("score").dataType().typeName()).isEqualTo("double");
            assertThat(table.schema().apply("sentence").dataType().typeName()).isEqualTo("integer");
            Map<String, Double> scores = new HashMap<>();
            table.select("claim_id", "score").collectAsList().forEach(r -> scores.put(r.getString(0), r.getDouble(1)));
            Map<String, Double> csvScores = new HashMap<>();
            try (CSVParser rows = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                    .build().parse(new StringReader(bothCsv.substring(1)))) {
                rows.forEach(r -> csvScores.put(r.get("claim_id"), Double.valueOf(r.get("score"))));
            }
            assertThat(scores).as("each claim's score, as in the CSV").isEqualTo(csvScores);
        } finally {
            session.stop();
        }
    }

    @Test
    void anUnreadableInputIsOneLineAndTheRestIsScored() throws Exception {
        Path csv = dir.resolve("partial.csv");
        Run run = credenceSpark("score", TestCorpus.exampleStory().toString(), missing.toString(),
                "file:///no/such/folder/news.jsonl", "--csv", csv.toString(), "--master", "local[2]",
                "--plugins", plugins.toString(), "--rule-budget", Long.toString(TestCorpus.BUDGET.toMillis()));
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(run.err().lines().filter(l -> l.startsWith("credence-spark: ")).toList()).containsExactly(
                "credence-spark: " + missing + ": no such file",
                "credence-spark: file:///no/such/folder/news.jsonl: no such file");
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).isEqualTo(storyCsv);
    }

    @Test
    void nothingReadableIsExitThreeAndNoCsv() {
        Path csv = dir.resolve("nothing.csv");
        Run run = credenceSpark("score", dir.resolve("absent").toString(), "--csv", csv.toString(),
                "--master", "local[1]", "--plugins", plugins.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains("credence-spark: no article could be read from");
        assertThat(csv).doesNotExist();
    }
}
