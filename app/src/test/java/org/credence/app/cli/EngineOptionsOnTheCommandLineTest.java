package org.credence.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import picocli.CommandLine;

/**
 * The options every engine command shares are checked by picocli before anything runs: a value that would make
 * every rule fail or leave no worker is a usage error (exit 2) naming the option, not a run that scores nothing.
 */
class EngineOptionsOnTheCommandLineTest {

    @ParameterizedTest(name = "credence {0} {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
        # command  | option        | value | expected on standard error
        score      | --rule-budget | 0     | Invalid value for option '--rule-budget': must be above 0 ms, was 0
        score      | --rule-budget | -5    | Invalid value for option '--rule-budget': must be above 0 ms, was -5
        score      | --threads     | 0     | Invalid value for option '--threads': must be at least 1, was 0
        score      | --window      | 0     | Invalid value for option '--window': must be at least 1, was 0
        benchmark  | --window      | 0     | Invalid value for option '--window': must be at least 1, was 0
        workbench  | --rule-budget | 0     | Invalid value for option '--rule-budget': must be above 0 ms, was 0
        rules      | --threads     | -1    | Invalid value for option '--threads': must be at least 1, was -1
        """)
    void aBudgetOrThreadCountBelowOneIsAUsageErrorNamingTheOption(String command, String option, String value,
                                                                  String expected) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = CredenceCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));

        int code = cl.execute(command, option, value, "no-such-article.txt");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString().lines().findFirst()).contains(expected);
        assertThat(out.toString()).isEmpty();
    }
}
