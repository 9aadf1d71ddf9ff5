package org.credence.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * One answer, whatever runs it (issue 18): the first 1,000 AllSides articles (../shared/data/allsides) scored by the
 * desktop distribution's {@code credence score} held whole (one part), by {@code credence score --window 100} (parts
 * analysed again from the spill) and by {@code credence-spark score --master local[2] --window 250} (parts on Spark),
 * each through its launcher, give the same CSV and the same JSON report byte for byte and the same exit code (the
 * Spark run loads the desktop distribution's plugin files, whose paths the report names). Skipped where ../shared is absent, unless
 * {@code -Dcredence.requireShared=true}.
 */
class SparkScoringOnSharedDataAcceptanceTest {

    private static final int ARTICLES = 1_000;
    /** Long enough that no rule overruns its budget on a busy machine, which would make the two runs differ. */
    private static final String BUDGET = "60000";

    @TempDir
    Path dir;

    @Test
    void theFirstThousandAllSidesArticlesGiveOneCsvAndReportHeldWholeInPartsAndOnSpark() throws Exception {
        Path all = Distribution.requireShared("data/allsides/articles-10k.jsonl.gz");
        Path first = dir.resolve("allsides-first-1000.jsonl");
        int lines = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(all)), StandardCharsets.UTF_8));
             BufferedWriter out = Files.newBufferedWriter(first, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null && lines < ARTICLES; line = in.readLine()) {
                out.write(line);
                out.write('\n');
                lines++;
            }
        }
        assertThat(lines).isEqualTo(ARTICLES);

        Path single = dir.resolve("credence.csv");
        Distribution.Run credence = Distribution.credence(Duration.ofMinutes(10), "score", first.toString(),
                "--csv", single.toString(), "--json", dir.resolve("credence.json").toString(), "--quiet",
                "--rule-budget", BUDGET);
        assertThat(credence.exitCode()).as(credence.err()).isIn(0, 1);

        Path parts = dir.resolve("credence-parts.csv");
        Distribution.Run inParts = Distribution.credence(Duration.ofMinutes(10), "score", first.toString(),
                "--csv", parts.toString(), "--json", dir.resolve("credence-parts.json").toString(), "--quiet",
                "--rule-budget", BUDGET, "--window", "100");
        assertThat(inParts.exitCode()).as(inParts.err()).isEqualTo(credence.exitCode());
        assertThat(Files.readString(parts, StandardCharsets.UTF_8)).isEqualTo(Files.readString(single,
                StandardCharsets.UTF_8));

        Path spark = dir.resolve("credence-spark.csv");
        Distribution.Run onSpark = Distribution.credenceSpark(Duration.ofMinutes(10), "score", first.toString(),
                "--csv", spark.toString(), "--json", dir.resolve("credence-spark.json").toString(),
                "--master", "local[2]", "--quiet", "--rule-budget", BUDGET, "--window", "250",
                // the desktop distribution's plugin files: the report names the path of each plugin it ran
                "--plugins", Distribution.PLUGINS.toString());
        assertThat(onSpark.exitCode()).as(onSpark.err()).isEqualTo(credence.exitCode());

        assertThat(Files.readString(spark, StandardCharsets.UTF_8)).isEqualTo(Files.readString(single,
                StandardCharsets.UTF_8));

        // the reports are large (the text, claims and spans of every article): compared on disk, not in the heap
        Path report = dir.resolve("credence.json");
        assertThat(articlesIn(report)).as("articles in the report of the run held whole").isEqualTo(ARTICLES);
        assertThat(Files.mismatch(report, dir.resolve("credence-parts.json")))
                .as("first byte where the report of the run in parts differs").isEqualTo(-1L);
        assertThat(Files.mismatch(report, dir.resolve("credence-spark.json")))
                .as("first byte where the report of the run on Spark differs").isEqualTo(-1L);
    }

    /** The entries of a report's {@code articles}, counted as the file streams by. */
    private static int articlesIn(Path report) throws IOException {
        try (JsonParser json = new JsonFactory().createParser(report.toFile())) {
            json.nextToken();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                if (!field.equals("articles")) {
                    json.skipChildren();
                    continue;
                }
                int count = 0;
                while (json.nextToken() == JsonToken.START_OBJECT) {
                    json.skipChildren();
                    count++;
                }
                return count;
            }
        }
        return -1;
    }
}
