package org.credence.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.credence.engine.analysis.attribution.AttributionExtractor;
import org.credence.engine.analysis.attribution.AttributionModel;
import org.credence.engine.analysis.attribution.AttributionModelTrainer;
import org.credence.engine.lexicon.Lexicons;
import org.credence.evaluation.AttributionSpans;
import org.credence.evaluation.EvaluationResult;
import org.credence.evaluation.ResultTable;
import org.credence.evaluation.datasets.AnnotatedDocument;
import org.credence.evaluation.datasets.DatasetException;
import org.credence.evaluation.datasets.PolnearReader;
import org.credence.evaluation.training.AttributionTraining;

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

    @Option(names = "--out", paramLabel = "FILE", defaultValue = AttributionModel.FILE_NAME,
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
        AttributionModelTrainer.Settings settings = settings();
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || folds < 0 || folds == 1 || limit < 0) {
            throw new ParameterException(spec.commandLine(),
                    "--threads must be at least 1, --folds 0 or at least 2, --limit 0 or more");
        }
        List<AnnotatedDocument> train;
        List<AnnotatedDocument> dev;
        try {
            train = spread(new PolnearReader().read(split("train")), limit);
            dev = spread(new PolnearReader().read(split("dev")), limit);
        } catch (DatasetException e) {
            err.println("credence: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        Lexicons lex = lexicons == null ? Lexicons.defaults() : Lexicons.withOverrides(lexicons);
        List<EvaluationResult> results = new ArrayList<>();
        try (AttributionTraining training = new AttributionTraining(lex, n)) {
            err.printf(Locale.ROOT, "credence: training on %d documents of %s (%s)%n", train.size(), split("train"), settings);
            long start = System.nanoTime();
            AttributionModel model = training.train(train, settings);
            err.printf(Locale.ROOT, "credence: trained in %.0f s%n", (System.nanoTime() - start) / 1e9);
            for (AttributionExtractor.Finders finders : AttributionExtractor.Finders.values()) {
                List<Double> weights = finders == AttributionExtractor.Finders.PATTERNS || outsideWeights == null
                        ? List.of(settings.outsideWeight()) : outsideWeights;
                for (double w : weights) {
                    AttributionSpans.Tally tally = training.measure(dev,
                            training.extractor(model.withOutsideWeight(w), finders));
                    String label = "dev, chosen on it: " + describe(finders)
                            + (finders == AttributionExtractor.Finders.PATTERNS ? "" : ", outside weight " + w);
                    results.add(new EvaluationResult("polnear", label, dev.size(), "documents", tally.figures()));
                }
            }
            if (folds >= 2) {
                AttributionSpans.Tally cv = training.crossValidate(train, folds, settings,
                        AttributionExtractor.Finders.PATTERNS_THEN_MODEL, (k, t) -> err.printf(Locale.ROOT,
                                "credence: fold %d of %d: source F1 %.3f, cue F1 %.3f%n", k, folds,
                                t.sourceOverlap().f1(), t.cueOverlap().f1()));
                results.add(new EvaluationResult("polnear", "train, " + folds + "-fold cross-validation, held out: "
                        + describe(AttributionExtractor.Finders.PATTERNS_THEN_MODEL), train.size(), "documents",
                        cv.figures()));
            }
            try {
                model.write(out);
            } catch (IOException e) {
                err.println("credence: " + out + ": cannot write the model: " + e.getMessage());
                return ExitCodes.FAILED;
            }
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(new ResultTable().render(results));
        stdout.println("model written to " + out);
        stdout.flush();
        return ExitCodes.OK;
    }

    /** {@code limit} items spread evenly over the list, in its order; all of them for 0. */
    static <T> List<T> spread(List<T> items, int limit) {
        if (limit <= 0 || limit >= items.size()) {
            return items;
        }
        List<T> out = new ArrayList<>(limit);
        for (int i = 0; i < limit; i++) {
            out.add(items.get((int) ((long) i * items.size() / limit)));
        }
        return out;
    }

    private Path split(String name) {
        Path p = polnear.resolve(name);
        if (!Files.isDirectory(p)) {
            throw new ParameterException(spec.commandLine(), polnear + " has no " + name + "/ folder");
        }
        return p;
    }

    private static String describe(AttributionExtractor.Finders finders) {
        return switch (finders) {
            case PATTERNS -> "patterns alone";
            case MODEL -> "model alone";
            case PATTERNS_THEN_MODEL -> "patterns, then model";
            case MODEL_THEN_PATTERNS -> "model, then patterns";
        };
    }

    private AttributionModelTrainer.Settings settings() {
        AttributionModelTrainer.Settings chosen = AttributionModelTrainer.Settings.chosen();
        boolean bilou = codec == null ? chosen.bilou() : switch (codec.toLowerCase(Locale.ROOT)) {
            case "bilou" -> true;
            case "bio" -> false;
            default -> throw new ParameterException(spec.commandLine(), "--codec must be bilou or bio, was " + codec);
        };
        try {
            return new AttributionModelTrainer.Settings(algorithm == null ? chosen.algorithm() : algorithm,
                    iterations == null ? chosen.iterations() : iterations, cutoff == null ? chosen.cutoff() : cutoff,
                    bilou, beam == null ? chosen.beamSize() : beam,
                    outsideWeights == null || outsideWeights.isEmpty() ? chosen.outsideWeight() : outsideWeights.get(0));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
