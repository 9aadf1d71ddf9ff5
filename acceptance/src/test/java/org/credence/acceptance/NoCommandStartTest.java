package org.credence.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `credence` with no command, exactly as the README tells a new reviewer to start it: the distribution's launcher,
 * no arguments, a fresh home folder. The workbench must open on the example story with every bundled rule run and
 * the same scores as `credence score` gives for that story. What each run computed is read from its log file
 * (~/.credence/logs/credence.log), which also proves the log is written where the README says.
 */
class NoCommandStartTest {

    private static final Pattern SUMMARY = Pattern.compile(
            "scored (\\d+) articles: (\\d+) claims, (\\d+) findings; (\\d+) rules ran, (\\d+) rule failures, (\\d+) unreadable inputs");
    private static final Pattern ARTICLE = Pattern.compile("article (\\S+) score (\\S+) \\((\\d+) claims\\)");

    @TempDir
    Path workbenchHome;

    @TempDir
    Path cliHome;

    @Test
    void theLauncherWithNoArgumentsOpensTheExampleStoryWithEveryRuleRunAndTheCommandLinesScores() throws Exception {
        Assumptions.assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display: CI runs the tests under xvfb-run");
        long bundledRules;
        try (Stream<Path> jars = Files.list(Distribution.PLUGINS)) {
            bundledRules = jars.filter(p -> p.toString().endsWith(".jar")).count();
        }

        Process workbench = launcher(workbenchHome).start();
        String workbenchLog;
        try {
            workbenchLog = awaitSummary(workbenchHome, workbench, Duration.ofSeconds(120));
            assertThat(workbench.isAlive()).as("the workbench is still open after scoring").isTrue();
        } finally {
            workbench.destroy();
            if (!workbench.waitFor(10, TimeUnit.SECONDS)) {
                workbench.destroyForcibly();
            }
        }

        Process score = launcher(cliHome, "score", Distribution.HOME.resolve("examples").resolve("copper-belt").toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(score.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(score.exitValue()).isZero();
        String cliLog = Files.readString(logFile(cliHome), StandardCharsets.UTF_8);

        Matcher summary = lastMatch(SUMMARY, workbenchLog);
        assertThat(summary.group(1)).as("articles of the example story").isEqualTo("3");
        assertThat(Long.parseLong(summary.group(4))).as("rules that ran").isEqualTo(bundledRules);
        assertThat(summary.group(5)).as("rule failures").isEqualTo("0");
        assertThat(summary.group(6)).as("unreadable inputs").isEqualTo("0");
        assertThat(summary.group()).as("the workbench's run against `credence score`'s")
                .isEqualTo(lastMatch(SUMMARY, cliLog).group());
        assertThat(articleScores(workbenchLog)).as("each article's score").hasSize(3)
                .isEqualTo(articleScores(cliLog));
    }

    /** The launcher script with a home folder of its own, so nothing of the person running the tests is used. */
    private static ProcessBuilder launcher(Path home, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Distribution.HOME.resolve("credence").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile())
                .redirectError(home.resolve("stderr.txt").toFile());
        Map<String, String> env = pb.environment();
        env.put("HOME", home.toString());
        env.put("CREDENCE_OPTS", "-Duser.home=" + home + " -Dcredence.log.level=DEBUG");
        return pb;
    }

    private static Path logFile(Path home) {
        return home.resolve(".credence").resolve("logs").resolve("credence.log");
    }

    private static String awaitSummary(Path home, Process p, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Path log = logFile(home);
        while (System.nanoTime() < deadline) {
            if (Files.exists(log)) {
                String text = Files.readString(log, StandardCharsets.UTF_8);
                if (SUMMARY.matcher(text).find()) {
                    Thread.sleep(500);   // the per-article lines follow the summary line
                    return Files.readString(log, StandardCharsets.UTF_8);
                }
            }
            if (!p.isAlive()) {
                throw new AssertionError("the launcher ended with exit code " + p.exitValue() + " before scoring: "
                        + Files.readString(home.resolve("stderr.txt")));
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no scoring run in " + log + " after " + timeout + "; stderr: "
                + Files.readString(home.resolve("stderr.txt")));
    }

    private static Matcher lastMatch(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        Matcher last = null;
        while (m.find()) {
            last = pattern.matcher(m.group());
            last.matches();
        }
        assertThat(last).as("a line matching " + pattern + " in\n" + text).isNotNull();
        return last;
    }

    private static Map<String, String> articleScores(String log) {
        Map<String, String> scores = new TreeMap<>();
        Matcher m = ARTICLE.matcher(log);
        while (m.find()) {
            scores.put(m.group(1), m.group(2) + " / " + m.group(3) + " claims");
        }
        return scores;
    }
}
