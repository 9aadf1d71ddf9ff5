package org.credence.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * `credence train`: one sub-command per learned model (the two linear models share {@link ModelTrainingCommand});
 * adding a model to train is adding one class to the list below.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Trains a learned model from labelled data and writes it as a model file, which",
            "`credence score --models DIR` (and every command that analyses) then uses in place of the shipped",
            "one. With the shared data and the default seed it rebuilds the shipped model byte for byte",
            "(docs/models.md)."},
        subcommands = {TrainCheckWorthinessCommand.class, TrainUncertaintyCommand.class, TrainAttributionCommand.class,
            CommandLine.HelpCommand.class})
final class TrainCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing the model to train: one of "
                + spec.subcommands().keySet().stream().filter(n -> !n.equals("help")).toList());
    }
}
