package org.credence.spark;

import picocli.CommandLine;

/** {@code credence-spark}: the launcher's and spark-submit's entry point. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and gives its exit code (docs/cli.md), without exiting: for tests and embedding. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        return new CommandLine(new CredenceSparkCommand());
    }
}
