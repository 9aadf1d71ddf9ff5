package org.credence.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code credence-spark score}: the options as a person gives them, checked into a {@link ScoreRequest}; the run
 * itself is {@link SparkScoreRun}'s.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Scores the claims of the articles given, read together as one corpus, on Apache Spark.",
            "Reads .txt, .json, .jsonl(.gz), .html and .csv files and folders of them, given as local paths or as "
                + "Hadoop file system URLs (file:///..., hdfs://...). Writes the CSV and JSON `credence score` writes."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:everything was read and every rule ran",
            "1:results were written, but some inputs were unreadable or some rules failed",
            "2:the command line was wrong",
            "3:nothing could be scored or written"})
final class ScoreCommand implements Callable<Integer> {

    /** The master when neither --master nor spark-submit names one: Spark embedded, one worker thread per core. */
    static final String DEFAULT_MASTER = "local[*]";

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files or folders: paths or URLs.")
    List<String> inputs;

    @Option(names = "--csv", paramLabel = "FILE", required = true,
            description = "Write one row per claim to this CSV file (on the machine that runs the driver).")
    Path csv;

    @Option(names = "--json", paramLabel = "FILE",
            description = "Also write the full report, as `credence score --json` writes it, to this JSON file (on the "
                    + "machine that runs the driver).")
    Path json;

    @Option(names = "--parquet", paramLabel = "DIR",
            description = "Also write one row per claim, with the CSV's columns, as Parquet to this folder or URL.")
    String parquet;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[N], local[*], spark://HOST:PORT... (default: spark-submit's, else "
                    + DEFAULT_MASTER + ").")
    String master;

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "The plugins folder: rule plugin jars and rule packs, shipped to the executors (default: "
                    + "the plugins folder of the installation).")
    Path plugins;

    @Option(names = "--profile", paramLabel = "FILE", description = "Weights profile (JSON) to score with.")
    Path profile;

    Integer window;

    @Option(names = "--window", paramLabel = "N",
            description = "Most articles one part of the run loads when the rules run (default: the articles "
                    + "spread over the cores, at most 2,000). The CSV is the same whatever N is.")
    void window(int n) {
        if (n < 1) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--window': must be at least 1, was " + n);
        }
        window = n;
    }

    long ruleBudgetMillis;

    @Option(names = "--rule-budget", paramLabel = "MILLIS", defaultValue = "5000",
            description = "Longest time one rule may take on one article, above 0 (default: ${DEFAULT-VALUE} ms).")
    void ruleBudget(long millis) {
        if (millis <= 0) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--rule-budget': must be above 0 ms, was " + millis);
        }
        ruleBudgetMillis = millis;
    }

    @Option(names = "--conf", paramLabel = "KEY=VALUE",
            description = "A Spark setting (spark.executor.memory=2g, ...); may be given more than once.")
    List<String> conf = new ArrayList<>();

    /** The --conf settings in the order given; one that is not spark.KEY=VALUE is a usage error. */
    Map<String, String> settings() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String setting : conf) {
            int eq = setting.indexOf('=');
            if (eq <= 0 || !setting.startsWith("spark.")) {
                throw new ParameterException(spec.commandLine(),
                        "Invalid value for option '--conf': expected spark.KEY=VALUE, was '" + setting + "'");
            }
            out.put(setting.substring(0, eq), setting.substring(eq + 1));
        }
        return out;
    }

    @Option(names = {"-q", "--quiet"}, description = "Print no summary, only problems.")
    boolean quiet;

    /** The options checked, with the defaults filled in. */
    ScoreRequest request() {
        if (profile != null && !Files.isRegularFile(profile)) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--profile': " + profile + " is not a file");
        }
        if (plugins != null && !Files.isDirectory(plugins)) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--plugins': " + plugins + " is not a folder");
        }
        return new ScoreRequest(inputs, csv, json, parquet, master, plugins != null ? plugins : installationPlugins(),
                profile, window, Duration.ofMillis(ruleBudgetMillis), settings(), quiet);
    }

    @Override
    public Integer call() {
        ScoreRequest request = request();
        return new SparkScoreRun(new Console(spec.commandLine().getOut(), spec.commandLine().getErr()))
                .run(request);
    }

    /** The plugins folder of the installation the launcher started from, or null when there is none. */
    static Path installationPlugins() {
        String home = System.getProperty("credence.home");
        if (home != null && Files.isDirectory(Path.of(home, "plugins"))) {
            return Path.of(home, "plugins");
        }
        return null;
    }
}
