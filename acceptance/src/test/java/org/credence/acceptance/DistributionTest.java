package org.credence.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The distribution as a newcomer runs it: the launcher script, the bundled plugins and the example story. */
class DistributionTest {

    private static final List<String> RULES = List.of("single-source-numbers", "unverified-activist-claims",
            "official-denial-contrast", "hedged-language", "anonymous-sourcing", "copied-content", "headline-support",
            "altered-facts");

    @TempDir
    Path dir;

    @Test
    void rulesListsTheEightBundledRulesLoadedFromPluginJars() throws Exception {
        Distribution.Run run = Distribution.credence("rules");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("8 rules");
        for (String rule : RULES) {
            assertThat(run.out()).contains(rule + "@1.0.0").contains(Distribution.PLUGINS.resolve(rule + "-0.1.0-SNAPSHOT.jar").toString());
        }
        assertThat(run.out()).containsPattern("sha256 [0-9a-f]{64}");
    }

    @Test
    void scoringTheExampleStoryWritesACsvWithARowPerClaim() throws Exception {
        Path csv = dir.resolve("story.csv");
        Distribution.Run run = Distribution.credence("score", "examples/copper-belt", "--csv", csv.toString(),
                "--json", dir.resolve("story.json").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("01-coastal-ledger").contains("near-duplicates: 01-coastal-ledger, 02-daily-wire-copy");
        List<CSVRecord> rows = read(csv);
        assertThat(rows).hasSizeGreaterThan(5);
        assertThat(rows).extracting(r -> r.get("article_id")).contains("01-coastal-ledger", "02-daily-wire-copy",
                "03-meridian-news");
        assertThat(rows).anySatisfy(r -> assertThat(r.get("points:single-source-numbers")).startsWith("-"));
        assertThat(rows).allSatisfy(r -> assertThat(Double.parseDouble(r.get("score"))).isBetween(0.0, 100.0));
        assertThat(Files.readString(dir.resolve("story.json"))).contains("\"format\" : \"credence-report/1\"");
    }

    @Test
    void anUnreadableFileIsReportedInOneLineAndTheRestIsScored() throws Exception {
        Files.writeString(dir.resolve("good.txt"), "The Kelvar Observatory said over 2,000 miners had signed up in Tarsa.");
        Files.write(dir.resolve("broken.txt"), new byte[] {0, 1, 2, 3});
        Files.writeString(dir.resolve("empty.json"), "");
        Distribution.Run run = Distribution.credence("score", dir.toString(), "--csv", dir.resolve("out.csv").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines().filter(l -> l.startsWith("credence: "))).containsExactly(
                "credence: " + dir.resolve("broken.txt") + ": binary file (not text)",
                "credence: " + dir.resolve("empty.json") + ": empty file");
        assertThat(read(dir.resolve("out.csv"))).extracting(r -> r.get("article_id")).containsOnly("good");
    }

    @Test
    void nothingReadableIsAFailureWithItsOwnExitCode() throws Exception {
        Distribution.Run run = Distribution.credence("score", dir.resolve("missing.txt").toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("missing.txt: no such file");
    }

    @ParameterizedTest(name = "credence {0} --help")
    @ValueSource(strings = {"score", "rules"})
    void everyCommandHasHelp(String command) throws Exception {
        Distribution.Run run = Distribution.credence(command, "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: credence " + command).contains("Exit codes:");
    }

    @Test
    void aWrongOptionIsAUsageError() throws Exception {
        assertThat(Distribution.credence("score", "--no-such-option", "x").exitCode()).isEqualTo(2);
    }

    private static List<CSVRecord> read(Path csv) throws IOException {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(text.substring(1))).getRecords();
    }
}
