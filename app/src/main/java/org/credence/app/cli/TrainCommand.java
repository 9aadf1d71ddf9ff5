package org.credence.app.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `credence train`: trains one of the learned models from labelled data, one sub-command per model. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Trains one of Credence's learned models from data labelled by others, prints its figures",
            "on data it was not trained on, and writes the model. Each model's card is in docs/models.md."},
        subcommands = {TrainAttributionCommand.class})
final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
