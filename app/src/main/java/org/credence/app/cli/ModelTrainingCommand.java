package org.credence.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.credence.engine.io.OneLine;
import org.credence.engine.pipeline.Engine;
import org.credence.evaluation.EvaluationContext;
import org.credence.evaluation.TrainedModel;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What every `credence train MODEL` shares: the data files, {@code --out}, {@code --seed}, {@code --all}, the engine
 * the data is analysed with, the atomic write and the summary line. A sub-command says only how its model is
 * trained ({@link #train}).
 */
abstract class ModelTrainingCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0..*", arity = "1..*", paramLabel = "DATA", description = "Labelled data files or folders.")
    List<Path> data;

    @Option(names = "--out", paramLabel = "MODEL", required = true,
            description = "Write the model here (atomically); name it KIND.model in a folder for --models.")
    Path out;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Seed of everything random in training (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--all", description = "Train on the parts of the shared data sets that `credence eval` holds out"
            + " too; its figures for them then no longer describe unseen text.")
    boolean all;

    @Mixin
    EngineSetup setup;

    /**
     * @param context the engine to analyse the data with (its models, lexicons and threads)
     * @param err     where to say what was read and held out
     */
    abstract TrainedModel train(EvaluationContext context, PrintWriter err) throws InterruptedException;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Console console = new Console(err);
        for (Path p : data) {
            if (!Files.exists(p)) {
                console.error(p + ": no such file or folder");
                return ExitCodes.FAILED;
            }
        }
        long start = System.nanoTime();
        TrainedModel model;
        try (Engine engine = Engine.open(setup.options()); EvaluationContext context = new EvaluationContext(engine)) {
            model = train(context, err);
        } catch (RuntimeException e) {   // unreadable data, a malformed --models file, data of one label
            console.error(OneLine.message(e));
            return ExitCodes.FAILED;
        }
        try {
            model.writeTo(out);
        } catch (IOException e) {
            console.error(out + ": cannot be written", e);
            return ExitCodes.FAILED;
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf("wrote %s: model %s, %d features, threshold %.2f, %.1f KB, trained in %.1f s%n", out, model.kind(),
                model.features(), model.threshold(), Files.size(out) / 1024.0, (System.nanoTime() - start) / 1e9);
        o.flush();
        return ExitCodes.OK;
    }
}
