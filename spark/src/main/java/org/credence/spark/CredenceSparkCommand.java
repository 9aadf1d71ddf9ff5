package org.credence.spark;

import picocli.CommandLine.Command;

/** The top command: only {@code score} so far; {@code credence-spark} alone prints the usage. */
@Command(name = "credence-spark", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Scores the claims of news articles on Apache Spark, as `credence score` does on one machine.",
        subcommands = {ScoreCommand.class, picocli.CommandLine.HelpCommand.class})
final class CredenceSparkCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
