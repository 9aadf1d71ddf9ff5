package org.credence.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.credence.app.review.LabelledVerdict;
import org.credence.app.review.VerdictCalibration;
import org.credence.app.workbench.model.Workspace;
import org.credence.app.workbench.model.WorkspaceStore;
import org.credence.engine.io.OneLine;
import org.credence.engine.pipeline.Engine;
import org.credence.engine.scoring.WeightsProfile;
import org.credence.engine.scoring.WeightsProfiles;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** `credence calibrate --verdicts WORKSPACE...`: reads the reviews, fits, prints the held-back figures, writes. */
final class VerdictCalibrationRun {

    private final EngineSetup setup;
    private final Console console;
    private final PrintWriter o;

    VerdictCalibrationRun(EngineSetup setup, Console console, PrintWriter stdout) {
        this.setup = setup;
        this.console = console;
        this.o = stdout;
    }

    int run(List<Path> workspaces, double holdout, long seed, Path out, CommandSpec spec) throws Exception {
        VerdictCalibration calibration;
        try {
            calibration = new VerdictCalibration(holdout, seed);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        List<LabelledVerdict> verdicts = new ArrayList<>();
        WeightsProfile inForce = null;
        boolean unreadable = false;
        for (Path file : workspaces) {
            try {
                Workspace ws = new WorkspaceStore().read(file);
                verdicts.addAll(LabelledVerdict.of(ws));
                inForce = inForce == null ? ws.profile() : inForce;
            } catch (IOException e) {
                console.error(file + ": cannot read the review: " + OneLine.message(e));
                unreadable = true;
            }
        }
        if (verdicts.isEmpty()) {
            console.error("no verdicts in " + workspaces + ": agree with or reject some findings and save the review");
            return ExitCodes.FAILED;
        }
        VerdictCalibration.Result r;
        try (Engine engine = Engine.open(setup.options())) {
            console.failures(engine.rules().failures());
            var defaults = VerdictCalibration.defaults(engine.rules().descriptors());
            // a weight is fitted from the rule's default, which only the loaded rule knows
            List<String> unknown = verdicts.stream().map(LabelledVerdict::rule).filter(id -> !defaults.containsKey(id))
                    .distinct().sorted().toList();
            if (!unknown.isEmpty()) {
                console.error("verdicts on rules not loaded are left out (give the plugins folder they came from "
                        + "with --plugins DIR): " + String.join(", ", unknown));
                unreadable = true;
                verdicts.removeIf(v -> !defaults.containsKey(v.rule()));
            }
            if (verdicts.isEmpty()) {
                console.error("no verdicts on the rules loaded: nothing to calibrate");
                return ExitCodes.FAILED;
            }
            r = calibration.fit(verdicts, inForce, defaults);
        }
        print(r, workspaces.size(), holdout, seed);
        if (out != null) {
            try {
                WeightsProfiles.write(r.profile(), out);
                o.println("profile written to " + out.toAbsolutePath().normalize()
                        + " (load it in the workbench with Rules > Load profile)");
            } catch (IOException | RuntimeException e) {
                console.error(out + ": cannot write the profile", e);
                o.flush();
                return ExitCodes.FAILED;
            }
        } else {
            o.println("no --out given: the profile was not written");
        }
        o.flush();
        return unreadable ? ExitCodes.PARTIAL : ExitCodes.OK;
    }

    private void print(VerdictCalibration.Result r, int reviews, double holdout, long seed) {
        o.printf(Locale.ROOT, "calibration on the verdicts of %d review(s): %d verdicts, %d to fit on, %d held back "
                + "(%d whole articles; holdout %s, seed %d)%n%n", reviews, r.trainVerdicts() + r.heldBackVerdicts(),
                r.trainVerdicts(), r.heldBackVerdicts(), r.heldBackArticles(), holdout, seed);
        o.println("Brier score on the held-back verdicts (chance a finding is agreed with; lower is better)");
        o.printf(Locale.ROOT, "  %-40s %s%n", "fitted (each rule's precision)", figure(r.brierFitted()));
        o.printf(Locale.ROOT, "  %-40s %s%n", "baseline: pooled agreement rate", figure(r.brierPooled()));
        o.printf(Locale.ROOT, "  %-40s %s%n", "baseline: every finding right", figure(r.brierAllRight()));
        o.printf(Locale.ROOT, "  %-40s %s%n%n", "baseline: a coin (0.5)", figure(r.brierCoin()));
        o.printf(Locale.ROOT, "%-28s %7s %7s %10s %8s %10s%n", "rule", "agreed", "judged", "precision", "default",
                "new weight");
        for (VerdictCalibration.RuleFit f : r.rules()) {
            o.printf(Locale.ROOT, "%-28s %7d %7d %10.3f %8.2f %10.3f%n", f.ruleId(), f.agreed(), f.judged(),
                    f.precision(), f.defaultWeight(), f.newWeight());
        }
        o.println("precision = (agreed + 1) / (judged + 2) on the verdicts fitted on; new weight = default x precision");
        o.println();
    }

    private static String figure(double v) {
        return Double.isNaN(v) ? "n/a (nothing held back)" : String.format(Locale.ROOT, "%.3f", v);
    }
}
