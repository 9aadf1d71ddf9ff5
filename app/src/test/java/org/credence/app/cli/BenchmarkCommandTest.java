package org.credence.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** `credence benchmark` measures the path `credence score` takes (bounded) unless asked for the whole-run path. */
class BenchmarkCommandTest {

    private static final String ARTICLE = "Karvala has hired 2,000 Tesmari miners for its pits, the Kelvar Observatory "
            + "said on Monday. The miners will travel north by train next week. The ministry has not commented.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # options                       | the pipeline's line names
        --window 2                      | bounded, window 2
        --whole                         | whole run in one heap
        """)
    void aRoundScoresEveryArticleOnThePathAskedFor(String options, String path, @TempDir Path dir) throws Exception {
        for (int i = 1; i <= 5; i++) {
            Files.writeString(dir.resolve("article-" + i + ".txt"), "Miners leave the valley, day " + i + "\n\n" + ARTICLE);
        }
        Path home = Files.createDirectories(dir.resolve("home"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        picocli.CommandLine cl = CredenceCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String[] args = ("benchmark --rounds 1 --plugins " + home + " " + options + " " + dir).split(" ");

        int code = cl.execute(args);

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("5 articles").contains("round 1: baseline")
                .contains("0 failures").contains("credence score, read to CSV and JSON export (" + path + ";");
        try (var left = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.startsWith("credence-benchmark"));
        }
    }
}
