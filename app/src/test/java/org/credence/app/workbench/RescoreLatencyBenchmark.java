package org.credence.app.workbench;

import static org.assertj.swing.edt.GuiActionRunner.execute;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.Preferences;

import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.credence.engine.pipeline.EngineOptions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long the workbench takes, after a weight change, to re-score a 1,500-word article and redraw the window,
 * beside a plain redraw of the same window measured in the same run. Runs only when asked, under a display:
 * {@code xvfb-run ./mvnw -pl app test -Dtest=RescoreLatencyBenchmark -Dcredence.bench=true}
 * (docs/benchmarks.md). It measures; it asserts nothing about time, since the machine may be busy.
 */
class RescoreLatencyBenchmark {

    @Test
    void weightChangeToRedrawnWindow(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("credence.bench"), "a benchmark: run with -Dcredence.bench=true");
        // one article of at least 1,500 words: the example story's reports one after the other, round again
        StringBuilder body = new StringBuilder("Copper Belt Review\n\n");
        List<Path> reports;
        try (var files = Files.list(Path.of("..", "examples", "copper-belt"))) {
            reports = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (int i = 0; body.toString().split("\\s+").length < 1_500; i++) {
            body.append(Files.readString(reports.get(i % reports.size()))).append("\n\n");
        }
        Path article = dir.resolve("long-article.txt");
        Files.writeString(article, body);
        int words = body.toString().split("\\s+").length;
        Preferences prefs = Preferences.userRoot().node("org/credence/bench-" + UUID.randomUUID());
        EngineOptions options = new EngineOptions(null, List.of(Path.of("..", "plugins")), null, 2,
                Duration.ofSeconds(10), List.of());
        WorkbenchController c = execute(() -> {
            WorkbenchController controller = new WorkbenchController(options, prefs, dir.resolve("a.json"), null);
            controller.window().setSize(1600, 1000);
            controller.window().setVisible(true);
            controller.open(List.of(article));
            return controller;
        });
        Pause.pause(new Condition("analysis") {
            @Override
            public boolean test() {
                return execute(() -> !c.isBusy() && c.model().hasReport());
            }
        }, Timeout.timeout(180_000));
        List<Double> change = new ArrayList<>();
        List<Double> plain = new ArrayList<>();
        String rule = execute(() -> c.model().report().rules().get(0).id());
        for (int i = 0; i < 120; i++) {
            double weight = 0.2 + (i % 7) / 10.0;
            double[] ms = execute(() -> {
                var root = c.window().getRootPane();
                long t0 = System.nanoTime();
                root.paintImmediately(root.getBounds());
                long t1 = System.nanoTime();
                c.model().setWeight(rule, weight);
                root.paintImmediately(root.getBounds());
                long t2 = System.nanoTime();
                return new double[] {(t1 - t0) / 1e6, (t2 - t1) / 1e6};
            });
            if (i >= 20) {   // the first rounds warm the JIT
                plain.add(ms[0]);
                change.add(ms[1]);
            }
        }
        int claims = execute(() -> c.model().article().orElseThrow().claims().size());
        String result = String.format(Locale.ROOT, "article of %d words, %d claims; weight change + re-score + redraw: "
                + "median %.1f ms, 95th percentile %.1f ms; plain redraw: median %.1f ms (%d rounds each)",
                words, claims, percentile(change, 50), percentile(change, 95), percentile(plain, 50), change.size());
        System.out.println(result);
        Files.writeString(Path.of("target", "rescore-latency.txt"), result + "\n");
        execute(c::close);
        prefs.removeNode();
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
