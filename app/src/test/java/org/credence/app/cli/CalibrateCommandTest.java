package org.credence.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import picocli.CommandLine;

/** `credence calibrate` on bad input: one line on standard error naming the file and the reason, and exit code 3. */
class CalibrateCommandTest {

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run credence(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = CredenceCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content.replace("\\n", "\n"));
        return file;
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        # file          | content                            | the line on standard error, after "credence: FILE"
        nolabel.csv     | text,source\\nSome text,Ledger\\n   | : no label column (tried [label, credible, class]; found [text, source])
        yes.csv         | text,label\\nA,1\\nB,yes\\n         | :3: label must be 0 or 1, was 'yes'
        quote.csv       | text,label\\n"never closed,1\\n     | : malformed CSV: org.apache.commons.csv.CSVException: (startline 2) EOF reached before encapsulated token finished
        few.csv         | text,label\\nA,1\\nB,0\\n           | : needs at least 2 articles of each label (one to fit on, one to hold back), has 1 labelled 1 and 1 labelled 0
        """)
    void badLabelledDataGivesOneLineNamingTheFileAndExitCodeThree(String name, String content, String reason)
            throws IOException {
        Path file = write(name, content);
        Run run = credence("calibrate", file.toString(), "--out", dir.resolve("p.json").toString());
        assertThat(run.err().lines().toList()).containsExactly("credence: " + file + reason);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(dir.resolve("p.json")).doesNotExist();
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("absent.csv");
        Run run = credence("calibrate", missing.toString());
        assertThat(run.err()).isEqualTo("credence: " + missing + ": no such file" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
    }

    @Test
    void withoutRulesThereIsNothingToCalibrate() throws IOException {
        Path file = write("ok.csv", "text,label\nThe union said 300 miners left.,1\nThe union said 400 left.,1\n"
                + "A rumour says 500 left.,0\nA rumour says 600 left.,0\n");
        Path noPlugins = Files.createDirectories(dir.resolve("plugins"));
        Run run = credence("calibrate", file.toString(), "--plugins", noPlugins.toString());
        assertThat(run.err().lines().toList()).containsExactly("credence: " + file
                + ": no rule is loaded, so there is no weight to calibrate (is the plugins folder right?)");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        --holdout | 0      | holdout must be between 0 and 1 exclusive, was 0.0
        --holdout | 1.5    | holdout must be between 0 and 1 exclusive, was 1.5
        --column  | kind=x | unknown field 'kind', expected one of [id, title, outlet, date, url, text, label]
        """)
    void wrongOptionsAreUsageErrors(String option, String value, String message) throws IOException {
        Path file = write("ok.csv", "text,label\nA,1\n");
        List<String> args = new ArrayList<>(List.of("calibrate", file.toString(), option, value));
        Run run = credence(args.toArray(String[]::new));
        assertThat(run.err()).startsWith(message);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
