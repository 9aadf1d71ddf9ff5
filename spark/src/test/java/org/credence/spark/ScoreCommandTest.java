package org.credence.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import picocli.CommandLine;

/** The command line of {@code credence-spark score}: what it accepts, what it refuses (exit 2, one line), defaults. */
class ScoreCommandTest {

    private static ScoreRequest parse(String... args) {
        ScoreCommand command = new ScoreCommand();
        CommandLine cli = new CommandLine(command);
        cli.parseArgs(args);
        return command.request();
    }

    @Test
    void aRunNeedsOnlyInputsAndACsvAndLeavesTheRestToDefaults() {
        ScoreRequest r = parse("news.jsonl.gz", "hdfs://namenode/news/", "--csv", "out.csv");
        assertThat(r.inputs()).containsExactly("news.jsonl.gz", "hdfs://namenode/news/");
        assertThat(r.csv()).isEqualTo(Path.of("out.csv"));
        assertThat(r.master()).isNull();
        assertThat(r.window()).isNull();
        assertThat(r.parquet()).isNull();
        assertThat(r.json()).isNull();
        assertThat(r.ruleBudget().toMillis()).isEqualTo(5000);
        assertThat(r.conf()).isEmpty();
        assertThat(r.quiet()).isFalse();
    }

    @Test
    void everyOptionIsTakenAsGiven() {
        ScoreRequest r = parse("a", "--csv", "o.csv", "--json", "r.json", "--parquet", "hdfs://h/claims",
                "--master", "spark://h:7077",
                "--window", "500", "--rule-budget", "900", "--conf", "spark.executor.memory=2g",
                "--conf", "spark.executor.cores=4", "-q");
        assertThat(r.json()).isEqualTo(Path.of("r.json"));
        assertThat(r.parquet()).isEqualTo("hdfs://h/claims");
        assertThat(r.master()).isEqualTo("spark://h:7077");
        assertThat(r.window()).isEqualTo(500);
        assertThat(r.ruleBudget().toMillis()).isEqualTo(900);
        assertThat(r.conf()).isEqualTo(Map.of("spark.executor.memory", "2g", "spark.executor.cores", "4"));
        assertThat(r.quiet()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "score a.txt                                  | Missing required option: '--csv=FILE'",
        "score --csv o.csv                            | Missing required parameter: 'INPUT'",
        "score a.txt --csv o.csv --window 0           | Invalid value for option '--window': must be at least 1, was 0",
        "score a.txt --csv o.csv --window many        | Invalid value for option '--window'",
        "score a.txt --csv o.csv --rule-budget 0      | Invalid value for option '--rule-budget': must be above 0 ms",
        "score a.txt --csv o.csv --conf memory=2g     | expected spark.KEY=VALUE, was 'memory=2g'",
        "score a.txt --csv o.csv --conf spark.x       | expected spark.KEY=VALUE, was 'spark.x'",
        "score a.txt --csv o.csv --plugins /no/such/d | Invalid value for option '--plugins': /no/such/d is not a folder",
        "score a.txt --csv o.csv --profile /no/p.json | Invalid value for option '--profile': /no/p.json is not a file",
    })
    void aWrongCommandLineIsExitTwoWithTheReasonFirst(String args, String reason) {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));
        int exit = cli.execute(args.trim().split("\\s+"));
        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString().lines().findFirst().orElse("")).contains(reason);
    }

    @Test
    void noCommandIsExitTwoAndNamesTheCommand() {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute()).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).startsWith("Missing required subcommand: score").contains("Usage: credence-spark");
    }

    @ParameterizedTest(name = "--master {0}")
    @CsvSource(delimiter = '|', value = {
        "''             | local[*]       | 127.0.0.1",
        "local[2]       | local[2]       | 127.0.0.1",
        "spark://h:7077 | spark://h:7077 | ''",
    })
    void theMasterIsTheOneAskedForElseLocalAndALocalRunListensOnLoopbackOnly(String asked, String master,
                                                                            String driverHost) {
        ScoreRequest r = asked.isEmpty() ? parse("a", "--csv", "o.csv") : parse("a", "--csv", "o.csv", "--master", asked);
        SparkConf conf = SparkSessions.conf(r);
        assertThat(conf.get("spark.master")).isEqualTo(master);
        assertThat(conf.get("spark.driver.host", "")).isEqualTo(driverHost);
        assertThat(conf.get("spark.ui.enabled")).isEqualTo("false");
    }

    @Test
    void settingsGivenWinOverTheDefaults() {
        SparkConf conf = SparkSessions.conf(parse("a", "--csv", "o.csv", "--conf", "spark.ui.enabled=true",
                "--conf", "spark.driver.host=10.1.2.3"));
        assertThat(conf.get("spark.ui.enabled")).isEqualTo("true");
        assertThat(conf.get("spark.driver.host")).isEqualTo("10.1.2.3");
    }

    @ParameterizedTest(name = "{0} articles on {1} cores: parts of {2}")
    @CsvSource({
        "1000,   2,    500",
        "10,     4,    3",
        "1,      8,    1",
        "100000, 2,    2000",
        "37554,  40,   939",
    })
    void withoutAWindowTheArticlesAreSpreadOverTheCoresAtMostTwoThousandAPart(int articles, int cores, int window) {
        assertThat(SparkScoreRun.defaultWindow(articles, cores)).isEqualTo(window);
    }
}
