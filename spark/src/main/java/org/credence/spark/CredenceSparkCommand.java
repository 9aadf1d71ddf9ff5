package org.credence.spark;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top command: only {@code score} so far; {@code credence-spark} alone is a usage error (exit 2). */
@Command(name = "credence-spark", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Scores the claims of news articles on Apache Spark, as `credence score` does on one machine.",
        subcommands = {ScoreCommand.class, HelpCommand.class})
final class CredenceSparkCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand: score");
    }
}
