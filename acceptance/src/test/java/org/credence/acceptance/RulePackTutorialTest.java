package org.credence.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/rule-packs.md, followed to the letter: its {@code sh} blocks run in order in one shell, against a temporary
 * copy of the distribution (so installing the pack does not change {@code dist/target/credence}, whose seven rules
 * the other acceptance tests count), the example story and the docs' example pack.
 */
class RulePackTutorialTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path PAGE = ROOT.resolve("docs/rule-packs.md");

    @TempDir
    Path temp;

    @Test
    void theRulePackPageInstallsTheExamplePackWhoseFindingsAreInTheCsvAndCatchesABrokenOne() throws Exception {
        List<String> blocks = WritingARuleTutorialTest.runnableBlocks(Files.readAllLines(PAGE, StandardCharsets.UTF_8),
                "not run by RulePackTutorialTest");
        String script = String.join("\n", blocks);
        assertThat(script).as("the steps the page must walk through").contains("plugins install", "--csv out.csv",
                "plugins disable", "plugins enable", "plugins remove");

        Path credence = temp.resolve("credence");
        WritingARuleTutorialTest.copy(Distribution.HOME, credence.resolve("dist/target/credence"));
        WritingARuleTutorialTest.copy(ROOT.resolve("examples"), credence.resolve("examples"));
        WritingARuleTutorialTest.copy(ROOT.resolve("docs/packs"), credence.resolve("docs/packs"));
        Path scriptFile = temp.resolve("packs.sh");
        Files.writeString(scriptFile, "set -eux\n" + script + "\n", StandardCharsets.UTF_8);
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder("sh", scriptFile.toString()).directory(temp.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("CREDENCE", credence.toString());
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("the page's commands did not finish in 5 minutes:\n"
                    + WritingARuleTutorialTest.tail(err));
        }
        String printed = Files.readString(out, StandardCharsets.UTF_8);
        String errors = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("the page's commands; what they printed:%n%s%n%s", printed,
                WritingARuleTutorialTest.tail(err)).isZero();

        Path plugins = credence.resolve("dist/target/credence/plugins");
        assertThat(printed).as("install").contains("installed rule pack classroom-basics 1.0 as "
                + plugins.resolve("my-pack.json"));
        assertThat(printed).as("credence plugins").containsPattern(
                "classroom-basics +rule pack +1.0 +STARTED +Credence team +CC-BY-4.0")
                .containsPattern("rules loaded: .*forecast-not-fact, .*partisan-head-count, second-hand-report,");
        assertThat(printed).as("the summary line the page quotes").contains("-12.1  second-hand-report: The claim"
                + " reaches us second hand (\"According to a report\"); look for the original report before relying on it.");

        List<CSVRecord> rows = WritingARuleTutorialTest.read(credence.resolve("out.csv"));
        assertThat(rows.get(0).getParser().getHeaderNames()).contains("points:second-hand-report",
                "points:partisan-head-count", "points:forecast-not-fact", "points:single-source-numbers");
        assertThat(rows).filteredOn(r -> !r.get("points:partisan-head-count").isEmpty()).singleElement()
                .satisfies(r -> {
                    assertThat(r.get("text")).contains("about 2,000 Tesmari miners");
                    assertThat(Double.parseDouble(r.get("points:partisan-head-count"))).isNegative();
                    assertThat(r.get("explanations")).contains("partisan-head-count: The figure \"about 2,000\" comes"
                            + " only from Lena Orvik, an activist");
                });

        // section 3: the stronger effect counts for more on the same claim
        double before = points(rows, "second-hand-report", "According to a report");
        double after = points(WritingARuleTutorialTest.read(credence.resolve("stronger.csv")), "second-hand-report",
                "According to a report");
        assertThat(after).as("points with effect -0.6 against %s with -0.3", before).isLessThan(before);

        // section 4: the broken copy is refused with the lines and fields the page shows
        assertThat(errors).contains(
                "credence: broken-pack.json: not a valid rule pack (2 problems)",
                "  broken-pack.json:19: rules[0].effect: must be a strength from -1 (lowers the score) to 1 (raises it),"
                        + " was -3",
                "  broken-pack.json:20: rules[0].explanation: {phrse} is not a placeholder");
        assertThat(printed).contains("refused with exit code 3");
        assertThat(pageText()).as("the page shows what the command prints").contains(
                "  broken-pack.json:19: rules[0].effect: must be a strength from -1 (lowers the score) to 1 (raises"
                        + " it), was -3");

        // section 5: switched off, the pack gives no column; removed, it is gone
        assertThat(WritingARuleTutorialTest.read(credence.resolve("without.csv")).get(0).getParser().getHeaderNames())
                .doesNotContain("points:second-hand-report").contains("points:single-source-numbers");
        assertThat(printed).contains("disabled rule pack classroom-basics", "enabled rule pack classroom-basics",
                "removed rule pack classroom-basics");
        assertThat(plugins.resolve("my-pack.json")).doesNotExist();
        assertThat(plugins.resolve("broken-pack.json")).doesNotExist();
    }

    private static double points(List<CSVRecord> rows, String rule, String claim) {
        return rows.stream().filter(r -> r.get("text").contains(claim)).map(r -> r.get("points:" + rule))
                .filter(s -> !s.isEmpty()).mapToDouble(Double::parseDouble).findFirst()
                .orElseThrow(() -> new AssertionError(rule + " has no points on the claim \"" + claim + "\""));
    }

    private static String pageText() throws IOException {
        return Files.readString(PAGE, StandardCharsets.UTF_8);
    }
}
