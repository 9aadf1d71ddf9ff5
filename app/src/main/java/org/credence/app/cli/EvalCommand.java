package org.credence.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.credence.engine.io.AtomicFiles;
import org.credence.engine.pipeline.Engine;
import org.credence.evaluation.CrossValidated;
import org.credence.evaluation.Evaluation;
import org.credence.evaluation.EvaluationContext;
import org.credence.evaluation.EvaluationResult;
import org.credence.evaluation.Evaluations;
import org.credence.evaluation.Floors;
import org.credence.evaluation.ResultTable;
import org.credence.evaluation.datasets.DatasetException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `credence eval`: measures Credence on data sets labelled by others and prints the figures beside their anchors. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measures Credence on a data set labelled by others: check-worthiness (checkthat, claimbuster),",
            "hedging (szeged), attribution (polnear), article credibility (fakes), stories (BASIL among AllSides",
            "articles), or all of them.",
            "With 'all', PATH is the folder that holds the data sets, each in its usual place.",
            "'credence eval findings FILE...' measures each rule's precision on labelled findings."},
        subcommands = FindingsEvalCommand.class,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every data set was measured and no figure fell below its floor",
            "1:a figure fell below its floor, a data set could not be read, or a plugin failed to load",
            "2:the command line was wrong",
            "3:nothing could be measured"})
final class EvalCommand implements Callable<Integer> {

    private final Evaluations evaluations = new Evaluations();

    @Spec
    CommandSpec spec;

    // Optional to picocli so that `eval findings ...` reaches its sub-command; call() insists on both.
    @Parameters(index = "0", arity = "0..1", paramLabel = "DATASET",
            description = "checkthat, claimbuster, szeged, polnear, fakes, stories or all.")
    String dataset;

    @Parameters(index = "1", arity = "0..1", paramLabel = "PATH", description = "The data set's file or folder; for 'all', the data folder.")
    Path path;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "Measure only N items (debates, sentences, documents or articles), spread evenly over the data set.")
    int limit;

    @Option(names = "--fast", description = "Measure each data set's fast slice, as CI does.")
    boolean fast;

    @Option(names = "--floors", paramLabel = "FILE",
            description = "Fail (exit 1) when a figure falls below its floor in this JSON file.")
    Path floorsFile;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures to this JSON file.")
    Path json;

    @Option(names = "--cross-validate", paramLabel = "K", defaultValue = "0",
            description = {"Train the data set's model afresh in K folds (whole articles or debates together) and",
                "measure each on what it held out: checkthat, claimbuster, szeged. Reports the mean, its spread",
                "across folds, and the baselines."})
    int crossValidate;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Seed of the folds and of training, with --cross-validate (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--train-on", paramLabel = "FILE",
            description = "With --cross-validate on checkthat: the ClaimBuster file its model learns from (default:"
                + " claimbuster/train.json beside the CheckThat! folder's parent).")
    Path trainOn;

    @Mixin
    EngineSetup setup;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Console console = new Console(spec);
        if (dataset == null || path == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), dataset == null
                    ? "Missing required parameters: 'DATASET', 'PATH'" : "Missing required parameter: 'PATH'");
        }
        List<Evaluation> chosen = dataset.equals("all") ? evaluations.all()
                : evaluations.named(dataset).map(List::of).orElse(null);
        if (chosen == null) {
            console.error("unknown data set '" + dataset + "'; expected one of " + evaluations.datasets() + " or all");
            return ExitCodes.USAGE;
        }
        if (crossValidate != 0 && (crossValidate < 2 || fast || limit != 0)) {
            console.error("--cross-validate needs K of at least 2 and goes with neither --fast nor --limit");
            return ExitCodes.USAGE;
        }
        if (crossValidate != 0) {
            chosen = chosen.stream().filter(e -> e instanceof CrossValidated).toList();
            if (chosen.isEmpty()) {
                console.error(dataset + " cannot be cross-validated; checkthat, claimbuster and szeged can");
                return ExitCodes.USAGE;
            }
        }
        Floors floors = null;
        if (floorsFile != null) {
            try {
                floors = Floors.read(floorsFile, FindingsEvalCommand.knownDatasets());
            } catch (IllegalArgumentException e) {
                console.error(e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        List<EvaluationResult> results = new ArrayList<>();
        boolean unreadable = false;
        boolean pluginsFailed;
        try (Engine engine = Engine.open(setup.options()); EvaluationContext context = new EvaluationContext(engine)) {
            console.failures(engine.rules().failures());
            pluginsFailed = !engine.rules().failures().isEmpty();
            for (Evaluation evaluation : chosen) {
                Path where = dataset.equals("all") ? path.resolve(evaluation.defaultPath()) : path;
                int n = fast ? evaluation.fastSlice() : limit;
                try {
                    long start = System.nanoTime();
                    results.add(crossValidate != 0
                            ? ((CrossValidated) evaluation).crossValidate(where, crossValidate, seed, trainOn, context)
                            : evaluation.run(where, n, context));
                    console.note(String.format(Locale.ROOT, "%s measured in %.1f s", evaluation.dataset(),
                            (System.nanoTime() - start) / 1e9));
                } catch (DatasetException e) {
                    console.error(e.getMessage());
                    unreadable = true;
                }
            }
        }
        out.print(new ResultTable().render(results));
        out.flush();
        if (json != null && !results.isEmpty()) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            AtomicFiles.write(json, w -> mapper.writeValue(w, results));
        }
        if (results.isEmpty()) {
            return ExitCodes.FAILED;
        }
        List<Floors.Breach> breaches = floors == null ? List.of() : floors.check(results);
        breaches.forEach(b -> console.error(b.describe()));
        // a figure measured without some of the rules is not the figure of the product: say so in the exit code
        return breaches.isEmpty() && !unreadable && !pluginsFailed ? ExitCodes.OK : ExitCodes.PARTIAL;
    }
}
