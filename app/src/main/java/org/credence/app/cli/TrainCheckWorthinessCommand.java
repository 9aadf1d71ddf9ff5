package org.credence.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.credence.evaluation.EvaluationContext;
import org.credence.evaluation.ModelTraining;
import org.credence.evaluation.TrainedModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `credence train check-worthiness`: the model that decides which sentences are claims. */
@Command(name = "check-worthiness", mixinStandardHelpOptions = true,
        description = {"Trains the check-worthiness model from ClaimBuster JSON files and CheckThat! TSV files or",
            "folders (label 1 = check-worthy). The shipped model:",
            "  credence train check-worthiness ../shared/data/claimbuster/train.json \\",
            "      --exclude ../shared/data/checkthat-2019/training --out check-worthiness.model"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the model was written", "2:the command line was wrong",
            "3:nothing was written: unreadable data, or data with one label only"})
final class TrainCheckWorthinessCommand extends ModelTrainingCommand {

    @Option(names = "--exclude", paramLabel = "DATA",
            description = "Leave out of training every sentence that also occurs (letters and digits alike) in these"
                + " files or folders, so that they can be measured on; repeatable.")
    List<Path> exclude = new ArrayList<>();

    /** The last two parts of a path ("checkthat-2019/training"): enough to say what it is, the same on any machine. */
    static String shortName(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        int n = abs.getNameCount();
        return n >= 2 ? abs.subpath(n - 2, n).toString().replace('\\', '/') : abs.getFileName().toString();
    }

    @Override
    TrainedModel train(EvaluationContext context, PrintWriter err) throws InterruptedException {
        ModelTraining.CheckWorthinessData d = ModelTraining.checkWorthinessData(data, all);
        Set<String> excluded = ModelTraining.sentenceKeys(exclude);
        List<String> sources = exclude.stream().map(TrainCheckWorthinessCommand::shortName).toList();
        err.printf("credence: %d labelled sentences read%s%n", d.sentences().size() + d.heldOut(),
                d.heldOut() == 0 ? "" : "; " + d.heldOut() + " held out for credence eval");
        return new ModelTraining(context).checkWorthiness(d, excluded, sources, seed);
    }
}
