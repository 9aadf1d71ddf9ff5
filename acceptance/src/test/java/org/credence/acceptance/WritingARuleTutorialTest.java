package org.credence.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/writing-a-rule.md, followed to the letter: the page's {@code sh} blocks run in order in one shell, so the page
 * cannot drift from what works. A block right after an HTML comment saying "not run by WritingARuleTutorialTest"
 * is skipped (setting the two folders, and building Credence, which the build running this test has just done).
 *
 * <p>The shell is given {@code CREDENCE}, a temporary copy of the Credence folder as far as the page uses it (the
 * assembled distribution and the example story), so the page's "copy the jar into the plugins folder" changes the
 * copy and not {@code dist/target/credence}, whose seven rules the other acceptance tests count; and {@code RULES},
 * an empty temporary folder.
 *
 * <p><b>How the rule project finds Credence's artifacts.</b> The page's rule project depends on {@code credence-api}
 * and {@code credence-rule-testkit} from the local Maven repository, where {@code ./mvnw install} puts them. But
 * {@code ./mvnw verify} runs this test before its install phase, and {@code ~/.m2} may hold older artifacts or
 * those of another checkout (git worktrees of this repository share it). So the test lays out the artifacts this
 * build has just made (the parent pom, and the api, engine and test kit jars from their target folders) in a
 * temporary local repository, and hands the page's {@code ./mvnw} (whose {@code mvn} reads {@code MAVEN_ARGS})
 * {@code -o -Dmaven.repo.local=TEMP -Dmaven.repo.local.tail=LOCAL}: Maven 3.9's chained local repository looks in
 * TEMP first, then, read-only, in the local repository of the build running this test, which holds every Maven
 * plugin and library the rule project needs, since the Credence build used the same versions. Offline, nothing is
 * downloaded and nothing is written to {@code ~/.m2}. The rule project's Maven wrapper finds Maven where Credence's
 * wrapper put it ({@code ~/.m2/wrapper}).
 */
class WritingARuleTutorialTest {

    static final Path PAGE = Path.of("..", "docs", "writing-a-rule.md").toAbsolutePath().normalize();
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String SKIP = "not run by WritingARuleTutorialTest";

    @TempDir
    Path temp;

    @Test
    void theTutorialsCommandsMakeARuleWhoseFindingIsInTheCsv() throws Exception {
        List<String> blocks = runnableBlocks(Files.readAllLines(PAGE, StandardCharsets.UTF_8));
        String script = String.join("\n", blocks);
        assertThat(script).as("the steps the page must walk through").contains(" new-rule ", "./mvnw -q -B package",
                "plugins/", "score ", "--plugins", "--csv");

        Path credence = temp.resolve("credence");
        copy(Distribution.HOME, credence.resolve("dist/target/credence"));
        copy(ROOT.resolve("examples"), credence.resolve("examples"));
        Path rules = temp.resolve("rules");
        Path repository = reactorRepository(temp.resolve("repository"));

        Path scriptFile = temp.resolve("tutorial.sh");
        Files.writeString(scriptFile, "set -eux\n" + script + "\n", StandardCharsets.UTF_8);
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder("sh", scriptFile.toString()).directory(temp.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> env = pb.environment();
        env.put("CREDENCE", credence.toString());
        env.put("RULES", rules.toString());
        env.put("MAVEN_ARGS", "-o -Dmaven.repo.local=" + repository + " -Dmaven.repo.local.tail=" + localRepository());
        env.remove("MAVEN_BASEDIR");        // the outer build's, which the rule project's mvn would take for its own
        env.remove("MAVEN_PROJECTBASEDIR");
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("the tutorial's commands did not finish in 10 minutes:\n" + tail(err));
        }
        String printed = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("the tutorial's commands; what they printed:%n%s%n%s", printed, tail(err))
                .isZero();

        assertThat(rules.resolve("sources-say/target/sources-say-1.0.0.jar")).exists();
        assertThat(printed).as("credence rules").contains("9 rules").containsPattern("sources-say +weight 0.50");
        assertThat(printed).as("the score summary").contains(
                "-14.5  sources-say: The claim leans on \"media reports\", which does not say who is speaking.");

        // copied into the distribution's plugins folder: the bundled rules and the new one
        List<CSVRecord> all = read(credence.resolve("dist/target/credence/out.csv"));
        assertThat(all.get(0).getParser().getHeaderNames()).contains("points:sources-say", "points:hedged-language");
        assertFindingOnTheMediaReportsClaim(all);
        // in a plugins folder of its own, named with --plugins: the new rule alone
        List<CSVRecord> alone = read(rules.resolve("out.csv"));
        assertThat(alone.get(0).getParser().getHeaderNames()).filteredOn(h -> h.startsWith("points:"))
                .containsExactly("points:sources-say");
        assertFindingOnTheMediaReportsClaim(alone);
        assertThat(printed).as("grep sources-say out.csv").contains("03-meridian-news,,01-coastal-ledger,03-meridian-news#1,1,"
                + "Several media reports claimed");   // the story column: the three reports are one story
    }

    private static void assertFindingOnTheMediaReportsClaim(List<CSVRecord> rows) {
        assertThat(rows).filteredOn(r -> !r.get("points:sources-say").isEmpty()).singleElement().satisfies(r -> {
            assertThat(r.get("claim_id")).isEqualTo("03-meridian-news#1");
            assertThat(Double.parseDouble(r.get("points:sources-say"))).isNegative();
            assertThat(r.get("explanations"))
                    .contains("sources-say: The claim leans on \"media reports\", which does not say who is speaking.");
        });
    }

    /** The page's sh blocks, in order, without those an HTML comment marks as not run. */
    static List<String> runnableBlocks(List<String> lines) {
        return runnableBlocks(lines, SKIP);
    }

    /** The page's sh blocks, in order, without those an HTML comment containing {@code skip} marks as not run. */
    static List<String> runnableBlocks(List<String> lines, String skipMarker) {
        List<String> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().equals("```sh")) {
                continue;
            }
            boolean skip = precedingComment(lines, i).contains(skipMarker);
            StringBuilder block = new StringBuilder();
            int j = i + 1;
            for (; j < lines.size() && !lines.get(j).strip().equals("```"); j++) {
                block.append(lines.get(j)).append('\n');
            }
            if (!skip) {
                blocks.add(block.toString());
            }
            i = j;
        }
        return blocks;
    }

    /** The HTML comment that ends on the last non-blank line before line {@code fence}, or "". */
    private static String precedingComment(List<String> lines, int fence) {
        int end = fence - 1;
        while (end >= 0 && lines.get(end).isBlank()) {
            end--;
        }
        if (end < 0 || !lines.get(end).strip().endsWith("-->")) {
            return "";
        }
        int start = end;
        while (start > 0 && !lines.get(start).contains("<!--")) {
            start--;
        }
        return String.join("\n", lines.subList(start, end + 1));
    }

    /** A local repository holding the Credence artifacts this build made, laid out as `install` would. */
    private static Path reactorRepository(Path repo) throws IOException {
        String version = System.getProperty("credence.version");
        assertThat(version).as("credence.version, set by the acceptance module's surefire configuration").isNotBlank();
        put(repo, "credence-parent", version, ROOT.resolve("pom.xml"), null);
        put(repo, "credence-api", version, ROOT.resolve("core/api/pom.xml"),
                ROOT.resolve("core/api/target/credence-api-" + version + ".jar"));
        put(repo, "credence-engine", version, ROOT.resolve("core/engine/pom.xml"),
                ROOT.resolve("core/engine/target/credence-engine-" + version + ".jar"));
        put(repo, "credence-rule-testkit", version, ROOT.resolve("core/testkit/pom.xml"),
                ROOT.resolve("core/testkit/target/credence-rule-testkit-" + version + ".jar"));
        return repo;
    }

    private static void put(Path repo, String artifact, String version, Path pom, Path jar) throws IOException {
        Path dir = repo.resolve("org/credence").resolve(artifact).resolve(version);
        Files.createDirectories(dir);
        Files.copy(pom, dir.resolve(artifact + "-" + version + ".pom"));
        if (jar != null) {
            assertThat(jar).as("built by the reactor before the acceptance tests (run ./mvnw verify or package)")
                    .exists();
            Files.copy(jar, dir.resolve(artifact + "-" + version + ".jar"));
        }
    }

    /** The local repository of the build running this test, where its plugins and libraries are. */
    private static Path localRepository() {
        String configured = System.getProperty("credence.localRepository");
        return configured == null || configured.isBlank()
                ? Path.of(System.getProperty("user.home"), ".m2", "repository") : Path.of(configured);
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    static List<CSVRecord> read(Path csv) throws IOException {
        assertThat(csv).exists();
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        return CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text)).getRecords();
    }

    static String tail(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
