package org.credence.app.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.credence.evaluation.EvaluationResult;
import org.credence.evaluation.ResultTable;
import org.credence.evaluation.datasets.DatasetException;
import org.credence.evaluation.training.AttributionTrainingRun;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `credence train attribution`: trains the attribution model on PolNeAR's train split, measures it on dev (where
 * its settings were chosen) and, with {@code --folds}, by cross-validation over the training documents, then
 * writes it. The bundled model was made with the defaults (docs/models.md).
 */
@Command(name = "attribution", mixinStandardHelpOptions = true,
        description = {"Trains the attribution model (an OpenNLP name finder for sources and cues) on",
            "POLNEAR/train, prints source and cue figures on POLNEAR/dev for the patterns alone, the",
            "model alone and both together, and with --folds the figures of cross-validation over the",
            "training documents; then writes the model. Use it with --models DIR in other commands."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:trained, measured and written",
            "2:the command line was wrong",
            "3:the data could not be read or the model could not be written"})
final class TrainAttributionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "POLNEAR", description = "The PolNeAR folder, holding train/ and dev/.")
    Path polnear;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = AttributionTrainingRun.FILE_NAME,
            description = "Where to write the model (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--folds", paramLabel = "N", defaultValue = "0",
            description = "Also cross-validate over the training documents in N folds (0: no).")
    int folds;

    @Option(names = "--algorithm", paramLabel = "NAME", description = "MAXENT or PERCEPTRON (default: the chosen one).")
    String algorithm;

    @Option(names = "--iterations", paramLabel = "N", description = "Training iterations (default: the chosen number).")
    Integer iterations;

    @Option(names = "--cutoff", paramLabel = "N", description = "Drop features seen fewer times (default: the chosen one).")
    Integer cutoff;

    @Option(names = "--codec", paramLabel = "bilou|bio", description = "Span tags (default: the chosen ones).")
    String codec;

    @Option(names = "--beam", paramLabel = "N", description = "Decoder beam size (default: the chosen one).")
    Integer beam;

    @Option(names = "--outside-weight", paramLabel = "W", split = ",",
            description = {"Decoder weight in (0, 1] on 'outside any span': lower marks more spans (default: the",
                "chosen one). With several, comma-separated, dev figures are printed for each; the first is written."})
    List<Double> outsideWeights;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = {"Train on N documents of train spread evenly over it, and measure on as many of dev",
                "(0: all). For trying settings quickly; the bundled model uses all."})
    int limit;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
    Integer threads;

    @Option(names = "--lexicons", paramLabel = "DIR",
            description = "Folder of JSON lexicons that replace the bundled ones of the same name.")
    Path lexicons;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || folds < 0 || folds == 1 || limit < 0) {
            throw new ParameterException(spec.commandLine(),
                    "--threads must be at least 1, --folds 0 or at least 2, --limit 0 or more");
        }
        AttributionTrainingRun.Request request = new AttributionTrainingRun.Request(split("train"), split("dev"), out,
                lexicons, n, folds, limit, algorithm, iterations, cutoff, codec, beam, outsideWeights);
        List<EvaluationResult> results;
        try {
            results = AttributionTrainingRun.run(request, err);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        } catch (DatasetException | UncheckedIOException e) {
            err.println("credence: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(new ResultTable().render(results));
        stdout.println("model written to " + out);
        stdout.flush();
        return ExitCodes.OK;
    }

    private Path split(String name) {
        Path p = polnear.resolve(name);
        if (!Files.isDirectory(p)) {
            throw new ParameterException(spec.commandLine(), polnear + " has no " + name + "/ folder");
        }
        return p;
    }
}
