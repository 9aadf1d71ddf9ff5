package org.credence.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.credence.engine.pipeline.Engine;
import org.credence.engine.report.Report;
import org.credence.engine.scoring.WeightsProfile;
import org.credence.engine.scoring.WeightsProfiles;
import org.credence.evaluation.calibration.CalibrationException;
import org.credence.evaluation.calibration.CalibrationOptions;
import org.credence.evaluation.calibration.CalibrationResult;
import org.credence.evaluation.calibration.Calibrator;
import org.credence.evaluation.calibration.RuleCalibration;
import org.credence.evaluation.calibration.Split;
import org.credence.evaluation.datasets.DatasetException;
import org.credence.evaluation.datasets.LabelledArticle;
import org.credence.evaluation.datasets.LabelledColumns;
import org.credence.evaluation.datasets.LabelledCsvReader;
import org.credence.evaluation.datasets.LabelledSet;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `credence calibrate`: fits rule weights to a labelled CSV and reports the held-back ROC AUC before and after.
 * The work is {@link Calibrator}'s; this reads the options, prints the table and writes the profile.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fits rule weights to articles labelled 1 (credible) or 0 (fake) with a logistic",
            "regression, prints the ROC AUC on a held-back part before and after, and writes",
            "the weights as a profile. See docs/scoring.md (Calibrated profiles)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:calibrated; every row was read and every rule ran",
            "1:calibrated, but some rows were unreadable or some rules failed",
            "2:the command line was wrong",
            "3:nothing calibrated: a missing or unusable labelled file, no rules, a profile that could not be written"})
final class CalibrateCommand implements Callable<Integer> {

    /** Tribuo logs each training run at INFO through java.util.logging; a command-line tool should not. */
    private static final Logger TRIBUO_LOG = Logger.getLogger("org.tribuo");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LABELLED.csv", arity = "0..1",
            description = "CSV with a header row, a text column and a label column (1 = credible, 0 = fake).")
    Path labelled;

    @Option(names = "--verdicts", paramLabel = "WORKSPACE", arity = "1..*",
            description = {"Fit the weights to the verdicts of saved reviews (*.credence.json) instead of a",
                "labelled CSV: each finding agreed with or rejected is a label (docs/decisions/0034)."})
    List<Path> verdicts;

    @Option(names = "--out", paramLabel = "PROFILE.json",
            description = "Write the calibrated weights profile here (written atomically). Without it nothing is written.")
    Path out;

    @Option(names = "--holdout", paramLabel = "SHARE", defaultValue = "0.3",
            description = "Share of each label held back to measure the AUCs on (default ${DEFAULT-VALUE}).")
    double holdout;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Seed of the train/held-back split (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--column", paramLabel = "FIELD=HEADER",
            description = {"Read FIELD (id, title, outlet, date, url, text or label) from column HEADER first; "
                + "repeatable. Defaults find id/unit_id, title/article_title, outlet/source, text/content/"
                + "article_content, label."})
    Map<String, String> columns = new LinkedHashMap<>();

    @Mixin
    EngineSetup setup;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        Console console = new Console(spec);
        if ((verdicts == null) == (labelled == null)) {
            throw new ParameterException(spec.commandLine(), "give either LABELLED.csv or --verdicts WORKSPACE...");
        }
        if (verdicts != null) {
            return new VerdictCalibrationRun(setup, console, stdout).run(verdicts, holdout, seed, out, spec);
        }
        CalibrationOptions options;
        LabelledColumns mapping = LabelledColumns.defaults();
        try {
            options = new CalibrationOptions(holdout, seed);
            for (Map.Entry<String, String> c : columns.entrySet()) {
                mapping = mapping.with(c.getKey(), c.getValue());
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        TRIBUO_LOG.setLevel(Level.WARNING);
        try {
            LabelledSet set = new LabelledCsvReader(mapping).read(labelled);
            console.problems(set.problems());
            try (Engine engine = Engine.open(setup.options())) {
                console.failures(engine.rules().failures());
                Calibrator.requireUsable(set, engine.rules().descriptors());
                ProgressBar bar = console.progress(true, set.articles().size());
                Report scored;
                try {
                    // every article scored together, as one corpus, under the default weights: labels play no part
                    scored = engine.score(set.articles().stream().map(LabelledArticle::article).toList(), List.of(),
                            WeightsProfile.defaults(), bar);
                } finally {
                    bar.done();
                }
                CalibrationResult result = new Calibrator().calibrate(set, scored, options);
                Report report = result.report();
                console.problems(report.problems());
                console.failures(report.failures().subList(engine.rules().failures().size(), report.failures().size()));
                boolean written = out != null && write(result, console);
                print(result, set, written, stdout);
                stdout.flush();
                if (out != null && !written) {
                    return ExitCodes.FAILED;
                }
                boolean clean = set.problems().isEmpty() && report.problems().isEmpty() && report.failures().isEmpty();
                return clean ? ExitCodes.OK : ExitCodes.PARTIAL;
            }
        } catch (CalibrationException | DatasetException e) {
            console.error(e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    private boolean write(CalibrationResult result, Console console) {
        try {
            WeightsProfiles.write(result.profile(), out);
            return true;
        } catch (IOException | RuntimeException e) {
            console.error(out + ": cannot write the profile", e);
            return false;
        }
    }

    private void print(CalibrationResult r, LabelledSet set, boolean written, PrintWriter o) {
        Split split = r.split();
        o.printf(Locale.ROOT, "calibration on %s: %d labelled articles (%d credible, %d fake), holdout %s, seed %d%n%n",
                r.source(), set.articles().size(), set.credibleCount(), set.fakeCount(), holdout, seed);
        o.println("ROC AUC on the held-back part");
        o.printf(Locale.ROOT, "  %-32s %.3f%n", "before (default weights)", r.aucBefore());
        o.printf(Locale.ROOT, "  %-32s %.3f%n", "after (calibrated profile)", r.aucAfter());
        o.printf(Locale.ROOT, "  %-32s %d (%d credible, %d fake)%n", "n train", split.train().size(),
                Split.credible(split.train()), split.train().size() - Split.credible(split.train()));
        o.printf(Locale.ROOT, "  %-32s %d (%d credible, %d fake)%n%n", "n held back", split.heldOut().size(),
                Split.credible(split.heldOut()), split.heldOut().size() - Split.credible(split.heldOut()));
        o.printf(Locale.ROOT, "%-28s %11s %9s %8s %10s  %s%n", "rule", "coefficient", "fired on", "default",
                "new weight", "outcome");
        for (RuleCalibration rule : r.rules()) {
            o.printf(Locale.ROOT, "%-28s %11.3f %9d %8.2f %10.2f  %s%n", rule.ruleId(), rule.coefficient(),
                    rule.firedOn(), rule.defaultWeight(), rule.weight(), rule.outcome().label());
        }
        o.printf(Locale.ROOT, "%-28s %11.3f%n", "(intercept)", r.intercept());
        o.println("coefficient: change in the log-odds of label 1 per unit of the rule's mean signed strength; "
                + "fired on: training articles; new weight = coefficient / largest coefficient (docs/scoring.md)");
        o.println();
        if (out == null) {
            o.println("no --out given: the profile was not written");
        } else if (written) {
            o.println("profile written to " + out.toAbsolutePath().normalize());
        }
    }
}
