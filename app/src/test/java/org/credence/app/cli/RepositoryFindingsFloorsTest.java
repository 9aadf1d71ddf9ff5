package org.credence.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * The repository's held-out labelled findings (the AFTER set, measured after issue 15's rule changes) stay at or above
 * the precision floors in eval/floors.json, and every rule that fired has a floor: the check CI can run with
 * {@code credence eval findings eval/findings/after-2026-12.jsonl --floors eval/floors.json}.
 */
class RepositoryFindingsFloorsTest {

    private static final Path AFTER = Path.of("..", "eval", "findings", "after-2026-12.jsonl");
    private static final Path FLOORS = Path.of("..", "eval", "floors.json");

    @Test
    void theAfterSetMeetsTheRepositorysPrecisionFloors() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = CredenceCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("eval", "findings", AFTER.toString(), "--floors", FLOORS.toString());
        assertThat(err.toString()).doesNotContain("below its floor");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("single-source-numbers").contains("anonymous-sourcing");
    }
}
