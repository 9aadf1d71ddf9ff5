package org.credence.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.tools.ToolProvider;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugins folder holding the eight bundled plugins and three deliberately broken ones, run through the assembled
 * distribution's launcher: each broken plugin is shown as failed, with its reason, and everything else keeps working.
 *
 * <ul>
 *   <li>{@code throws-on-load}: its {@code org.pf4j.Plugin} throws in {@code start()}; it is listed as FAILED with
 *       the exception's message, and its rule is not loaded;</li>
 *   <li>{@code throws-in-evaluate}: its rule throws on every article;</li>
 *   <li>{@code never-returns}: its rule sleeps forever and ignores interruption, so it holds its thread for good.</li>
 * </ul>
 *
 * <p>{@code plugins} and {@code rules} list every plugin and exit with 1; {@code score} on the example story
 * finishes, exits with 1 (partial), reports each failure in one line naming the plugin and the reason, and writes a
 * CSV in which the eight bundled rules give each claim exactly the points they give it with the bundled plugins
 * alone, so that each claim's and each article's score is unchanged too.
 *
 * <p>The broken plugins are real PF4J jars, compiled with javac at test time against the distribution's own
 * {@code lib/} (the plugin API and PF4J a plugin author builds against). The folder is a temporary copy;
 * {@code dist/target/credence/plugins}, whose eight rules the other acceptance tests count, is not touched.
 */
class BrokenPluginsAcceptanceTest {

    private static final List<String> BUNDLED = List.of("altered-facts", "anonymous-sourcing", "copied-content", "headline-support",
            "hedged-language", "official-denial-contrast", "single-source-numbers", "unverified-activist-claims");
    private static final List<String> ARTICLES = List.of("01-coastal-ledger", "02-daily-wire-copy",
            "03-meridian-news");
    private static final String STORY = "examples/copper-belt";
    private static final String LOAD_FAILURE = "cannot start: licence server unreachable";
    private static final Duration SCORE_TIMEOUT = Duration.ofMinutes(3);

    @TempDir
    static Path temp;

    private static Path plugins;

    @BeforeAll
    static void aPluginsFolderWithTheBundledPluginsAndThreeBrokenOnes() throws IOException {
        plugins = Files.createDirectories(temp.resolve("plugins"));
        try (Stream<Path> bundled = Files.list(Distribution.PLUGINS)) {
            for (Path jar : bundled.toList()) {
                Files.copy(jar, plugins.resolve(jar.getFileName()));
            }
        }
        pluginJar("throws-on-load", "return List.of();", true);
        pluginJar("throws-in-evaluate", "throw new IllegalStateException(\"boom\");", false);
        pluginJar("never-returns",
                "while (true) { try { Thread.sleep(60_000); } catch (InterruptedException e) { } }", false);
    }

    @Test
    void pluginsListsTheOneThatThrowsOnLoadAsFailedWithItsReasonAndEveryOtherAsStarted() throws Exception {
        Distribution.Run run = Distribution.credence("plugins", "--plugins", plugins.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        List<Listed> listed = listing(run.out());
        assertThat(listed).extracting(Listed::id, Listed::status).containsExactlyInAnyOrder(
                tuple("throws-on-load", "FAILED"),
                tuple("throws-in-evaluate", "STARTED"),
                tuple("never-returns", "STARTED"),
                tuple("altered-facts", "STARTED"),
                tuple("anonymous-sourcing", "STARTED"),
                tuple("copied-content", "STARTED"),
                tuple("headline-support", "STARTED"),
                tuple("hedged-language", "STARTED"),
                tuple("official-denial-contrast", "STARTED"),
                tuple("single-source-numbers", "STARTED"),
                tuple("unverified-activist-claims", "STARTED"));
        assertThat(listed).filteredOn(p -> p.id().equals("throws-on-load")).singleElement()
                .satisfies(p -> assertThat(p.error()).contains("IllegalStateException").contains(LOAD_FAILURE));
        assertThat(listed).filteredOn(p -> !p.id().equals("throws-on-load")).allSatisfy(p ->
                assertThat(p.error()).as(p.id()).isEmpty());
        assertThat(run.out()).contains("10 rules loaded");
    }

    @Test
    void rulesStillListsTheBundledRulesAndTheBrokenRulesThatLoaded() throws Exception {
        Distribution.Run run = Distribution.credence("rules", "--plugins", plugins.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).startsWith("10 rules");
        for (String rule : BUNDLED) {
            assertThat(run.out()).containsPattern("(?m)^  " + rule + " .* " + rule + "@1\\.0\\.0$");
        }
        assertThat(run.out()).containsPattern("(?m)^  throws-in-evaluate .* throws-in-evaluate@1\\.0\\.0$")
                .containsPattern("(?m)^  never-returns .* never-returns@1\\.0\\.0$")
                .doesNotContainPattern("(?m)^  throws-on-load .*@");
        assertThat(run.out()).containsPattern("(?m)^  throws-on-load +1\\.0\\.0 +FAILED ")
                .contains("error: failed to start: IllegalStateException: " + LOAD_FAILURE);
        assertThat(run.err()).contains("credence: plugin throws-on-load failed: failed to start: "
                + "IllegalStateException: " + LOAD_FAILURE);
    }

    @Test
    void scoringFinishesAsPartialAndReportsEachFailureInOneLineNamingThePluginAndTheReason() throws Exception {
        Path csv = temp.resolve("broken-report.csv");
        Distribution.Run run = Distribution.credence(SCORE_TIMEOUT, "score", STORY, "--plugins", plugins.toString(),
                "--rule-budget", "1000", "--csv", csv.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        List<String> expected = new ArrayList<>();
        expected.add("credence: plugin throws-on-load failed: failed to start: IllegalStateException: "
                + LOAD_FAILURE);
        for (String article : ARTICLES) {
            expected.add("credence: rule throws-in-evaluate (plugin throws-in-evaluate) failed on " + article
                    + ": threw IllegalStateException: boom");
            expected.add("credence: rule never-returns (plugin never-returns) failed on " + article
                    + ": took longer than its budget of 1000 ms and was stopped");
        }
        assertThat(run.err().lines().filter(l -> l.startsWith("credence: ")))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(run.out()).contains("01-coastal-ledger").contains("near-duplicates: 01-coastal-ledger, "
                + "02-daily-wire-copy");
        List<CSVRecord> rows = read(csv);
        assertThat(rows).extracting(r -> r.get("article_id")).containsOnly(ARTICLES.toArray(String[]::new));
        assertThat(rows).as("the rules that failed gave no points").allSatisfy(r -> {
            assertThat(r.get("points:throws-in-evaluate")).isEmpty();
            assertThat(r.get("points:never-returns")).isEmpty();
        });
    }

    @Test
    void eachBundledRuleGivesEveryClaimTheSamePointsAndScoreWithTheBrokenPluginsAsWithout() throws Exception {
        Path clean = temp.resolve("clean.csv");
        Path broken = temp.resolve("broken.csv");
        Distribution.Run cleanRun = Distribution.credence(SCORE_TIMEOUT, "score", STORY, "--csv", clean.toString());
        Distribution.Run brokenRun = Distribution.credence(SCORE_TIMEOUT, "score", STORY, "--plugins",
                plugins.toString(), "--rule-budget", "1000", "--csv", broken.toString());
        assertThat(cleanRun.exitCode()).as(cleanRun.err()).isZero();
        assertThat(brokenRun.exitCode()).as(brokenRun.err()).isEqualTo(1);

        Map<String, Map<String, String>> expected = bundledResultsByClaim(read(clean));
        Map<String, Map<String, String>> actual = bundledResultsByClaim(read(broken));
        assertThat(expected).as("claims of the example story").hasSizeGreaterThan(5);
        assertThat(expected.values()).as("some bundled rule has points to compare")
                .anySatisfy(results -> assertThat(results).hasEntrySatisfying("points:single-source-numbers",
                        points -> assertThat(points).startsWith("-")));
        assertThat(actual).isEqualTo(expected);
    }

    /** One plugin as {@code credence plugins} lists it. */
    private record Listed(String id, String status, String error) {
    }

    /** The plugins of a {@code credence plugins} listing: a row per plugin, then its file, sha256 and error lines. */
    private static List<Listed> listing(String out) {
        List<Listed> listed = new ArrayList<>();
        for (String line : out.lines().toList()) {
            String[] cells = line.strip().split(" +");
            if (line.startsWith("  ") && !line.startsWith("   ") && !cells[0].equals("ID")) {
                listed.add(new Listed(cells[0], cells[3], ""));
            } else if (line.startsWith("      error ") && !listed.isEmpty()) {
                Listed last = listed.remove(listed.size() - 1);
                listed.add(new Listed(last.id(), last.status(), line.substring("      error ".length()).strip()));
            }
        }
        return listed;
    }

    /**
     * For each claim, the points each bundled rule gave it ({@code points:RULE}, "" when none), its score and its
     * article's score.
     */
    private static Map<String, Map<String, String>> bundledResultsByClaim(List<CSVRecord> rows) {
        List<String> columns = new ArrayList<>(BUNDLED.stream().map(rule -> "points:" + rule).toList());
        columns.addAll(List.of("score", "article_score"));
        assertThat(rows.get(0).getParser().getHeaderNames()).containsAll(columns);
        Map<String, Map<String, String>> byClaim = new TreeMap<>();
        for (CSVRecord row : rows) {
            Map<String, String> results = new LinkedHashMap<>();
            columns.forEach(column -> results.put(column, row.get(column)));
            assertThat(byClaim.put(row.get("claim_id"), results)).as("claim %s appears once", row.get("claim_id"))
                    .isNull();
        }
        return byClaim;
    }

    private static List<CSVRecord> read(Path csv) throws IOException {
        assertThat(csv).exists();
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        return CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text)).getRecords();
    }

    /**
     * Builds {@code plugins/ID.jar}: a PF4J plugin whose one rule, also named ID, has {@code evaluateBody} as the
     * body of {@code evaluate}; with {@code startThrows}, it also has a {@code Plugin} class whose start() throws.
     */
    private static void pluginJar(String id, String evaluateBody, boolean startThrows) throws IOException {
        String pkg = "broken." + id.replace("-", "");
        Path src = Files.createDirectories(temp.resolve("src-" + id));
        Path classes = Files.createDirectories(temp.resolve("classes-" + id));
        List<String> sources = new ArrayList<>();
        sources.add(write(src.resolve("BrokenRule.java"), """
                package %s;
                import java.util.List;
                import org.credence.api.*;
                public class BrokenRule implements CredibilityRule {
                    public RuleInfo info() { return new RuleInfo("%s", "Broken on purpose", "", 0.5, ""); }
                    public List<Finding> evaluate(RuleContext context) { %s }
                }
                """.formatted(pkg, id, evaluateBody)));
        if (startThrows) {
            sources.add(write(src.resolve("BrokenPlugin.java"), """
                    package %s;
                    public class BrokenPlugin extends org.pf4j.Plugin {
                        @Override
                        public void start() { throw new IllegalStateException("%s"); }
                    }
                    """.formatted(pkg, LOAD_FAILURE)));
        }
        List<String> javac = new ArrayList<>(List.of("-proc:none", "--release", "17", "-d", classes.toString(),
                "-cp", distributionClasspath()));
        javac.addAll(sources);
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, javac.toArray(String[]::new)))
                .as("javac on the sources of " + id).isZero();

        String properties = "plugin.id=" + id + "\nplugin.version=1.0.0\nplugin.provider=Broken on purpose\n"
                + "plugin.requires=*\nplugin.license=MIT\n"
                + (startThrows ? "plugin.class=" + pkg + ".BrokenPlugin\n" : "");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(plugins.resolve(id + ".jar")));
             Stream<Path> compiled = Files.walk(classes)) {
            entry(jar, "plugin.properties", properties.getBytes(StandardCharsets.UTF_8));
            entry(jar, "META-INF/extensions.idx", (pkg + ".BrokenRule\n").getBytes(StandardCharsets.UTF_8));
            for (Path file : compiled.filter(Files::isRegularFile).toList()) {
                entry(jar, classes.relativize(file).toString().replace(File.separatorChar, '/'),
                        Files.readAllBytes(file));
            }
        }
    }

    /** The jars of the distribution's lib folder, among them the plugin API, PF4J and SLF4J. */
    private static String distributionClasspath() throws IOException {
        try (Stream<Path> jars = Files.list(Distribution.HOME.resolve("lib"))) {
            return jars.map(Path::toString).filter(p -> p.endsWith(".jar")).sorted()
                    .collect(Collectors.joining(File.pathSeparator));
        }
    }

    private static String write(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file.toString();
    }

    private static void entry(JarOutputStream jar, String name, byte[] content) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        jar.write(content);
        jar.closeEntry();
    }
}
