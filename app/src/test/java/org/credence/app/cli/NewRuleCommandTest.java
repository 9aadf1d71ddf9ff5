package org.credence.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class NewRuleCommandTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run credence(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = CredenceCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void makesAProjectWithTheRuleItsTestsTheBuildAndTheWrapper() throws Exception {
        Run run = credence("new-rule", "sources-say", "--dir", dir.toString());
        assertThat(run.code()).as(run.err()).isZero();
        Path p = dir.resolve("sources-say");
        String java = "org/example/rules/sourcessay/";
        assertThat(p.resolve("src/main/java/" + java + "SourcesSayRule.java")).exists();
        assertThat(p.resolve("src/test/java/" + java + "SourcesSayRuleTest.java")).exists();
        assertThat(p.resolve("src/test/java/" + java + "SourcesSayContractTest.java")).exists();
        assertThat(p.resolve("src/test/java/" + java + "SourcesSayPluginJarIT.java")).exists();
        assertThat(p.resolve(".mvn/wrapper/maven-wrapper.properties")).exists();
        assertThat(p.resolve("mvnw.cmd")).exists();
        assertThat(Files.isExecutable(p.resolve("mvnw"))).isTrue();
        assertThat(run.out()).contains("Created " + p).contains("org.example.rules.sourcessay.SourcesSayRule")
                .contains("./mvnw -q -B package").contains("target/sources-say-1.0.0.jar");

        String rule = Files.readString(p.resolve("src/main/java/" + java + "SourcesSayRule.java"));
        assertThat(rule).contains("package org.example.rules.sourcessay;")
                .contains("public final class SourcesSayRule implements CredibilityRule")
                .contains("static final String ID = \"sources-say\";").contains("\"Sources say\"")
                .contains("@Extension");
        String pom = Files.readString(p.resolve("pom.xml"));
        assertThat(pom).contains("<artifactId>sources-say</artifactId>")
                .contains("<credence.version>0.1.0-SNAPSHOT</credence.version>")
                .contains("<credence.plugin.requires>&gt;=2.2.0 &amp; &lt;3.0.0</credence.plugin.requires>")
                .contains("<Plugin-Id>${credence.plugin.id}</Plugin-Id>").contains("<Plugin-Requires>")
                .contains("<Plugin-Provider>").contains("<Plugin-License>").contains("<Plugin-Version>")
                .contains("<artifactId>credence-api</artifactId>").contains("<scope>provided</scope>")
                .contains("<artifactId>credence-rule-testkit</artifactId>")
                .doesNotContain("credence-parent").doesNotContain("${project.version}</version>");
        try (Stream<Path> files = Files.walk(p)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(f)).as(f.toString()).doesNotContain("{{");
            }
        }
        assertThat(Files.list(dir).map(f -> f.getFileName().toString())).containsExactly("sources-say");
    }

    @Test
    void aPackageOfOneOwnAndANameThatStartsWithADigit() throws Exception {
        Run run = credence("new-rule", "3-sources", "--dir", dir.toString(), "--package", "edu.school.rules");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(dir.resolve("3-sources/src/main/java/edu/school/rules/Rule3SourcesRule.java")).exists();
    }

    @Test
    void refusesAnExistingFolderInOneLineAndTouchesNothing() throws Exception {
        Files.createDirectories(dir.resolve("sources-say"));
        Files.writeString(dir.resolve("sources-say/notes.txt"), "mine");
        Run run = credence("new-rule", "sources-say", "--dir", dir.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).isEqualTo("credence: " + dir.resolve("sources-say") + " already exists; choose another "
                + "name or --dir" + System.lineSeparator());
        assertThat(Files.list(dir.resolve("sources-say"))).hasSize(1);
        assertThat(Files.list(dir)).hasSize(1);
    }

    @Test
    void refusesANameThatIsNotARuleId() {
        for (String bad : new String[] {"Sources-Say", "sources_say", "sources--say", "sources-", "sources say",
            "../escape", "règle"}) {
            Run run = credence("new-rule", bad, "--dir", dir.toString());
            assertThat(run.code()).as(bad).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err().lines()).as(bad).singleElement().asString()
                    .startsWith("credence: '" + bad + "' is not a valid rule name");
        }
        Run dash = credence("new-rule", "--dir", dir.toString(), "--", "-sources");
        assertThat(dash.err()).isEqualTo("credence: '-sources' is not a valid rule name: use lower-case letters and "
                + "digits, words joined by single hyphens (sources-say)" + System.lineSeparator());
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void refusesAPackageThatJavaWouldNot() {
        Run run = credence("new-rule", "sources-say", "--dir", dir.toString(), "--package", "org.example.class");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("credence: 'org.example.class' is not a valid Java package name");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void makesTheFolderItIsGiven() {
        Run run = credence("new-rule", "sources-say", "--dir", dir.resolve("rules/mine").toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(dir.resolve("rules/mine/sources-say/pom.xml")).exists();
    }
}
