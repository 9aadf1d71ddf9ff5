package org.credence.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** `credence eval` measures without a plugin that failed to load, and says so in its exit code. */
class EvalExitCodeTest {

    @TempDir
    Path dir;

    private int eval(Path plugins, StringWriter err) throws IOException {
        Path csv = dir.resolve("labelled.csv");
        Files.writeString(csv, """
                id,title,text,label
                a,Miners leave,"The union said 300 miners left the valley on Monday, according to its records.",1
                b,Miners stay,"Activists said 3,000 miners were held in the valley, but gave no evidence.",0
                """);
        CommandLine cl = CredenceCommand.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute("eval", "fakes", csv.toString(), "--plugins", plugins.toString(), "--threads", "1");
    }

    @Test
    void aPluginThatFailedToLoadMakesTheExitCodeOneAndIsNamed() throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Files.write(plugins.resolve("broken.jar"), new byte[] {1, 2, 3});
        StringWriter err = new StringWriter();
        assertThat(eval(plugins, err)).isEqualTo(ExitCodes.PARTIAL);
        assertThat(err.toString()).contains("credence: plugin broken.jar failed: cannot load");
    }

    @Test
    void everyPluginLoadedAndNoFloorGivesExitCodeZero() throws IOException {
        StringWriter err = new StringWriter();
        assertThat(eval(Files.createDirectories(dir.resolve("empty-plugins")), err)).as(err.toString())
                .isEqualTo(ExitCodes.OK);
    }
}
