package org.credence.app.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.prefs.Preferences;

import javax.swing.JTable;
import java.util.ArrayList;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.credence.app.workbench.model.Verdict;
import org.credence.engine.pipeline.EngineOptions;
import org.credence.engine.plugins.PluginSwitches;
import org.credence.engine.result.ArticleFinding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trainer's rule pack in a real window (under Xvfb in CI): saved into the watched plugins folder it is applied to
 * the open articles without analysing them again, a broken one is listed as failed while the rest keeps working, and
 * the plugins window switches a pack off.
 */
class WorkbenchPluginsTest {

    private static final String PACK = """
            { "pack": "classroom", "version": "1.0", "author": "A. Trainer", "license": "CC-BY-4.0",
              "rules": [ { "id": "second-hand-report", "when": { "phrases": ["according to a report", "as per the agency"] },
                           "effect": -0.3, "explanation": "Second hand: {phrase}." } ] }
            """;

    @TempDir
    Path dir;

    private Robot robot;
    private Preferences prefs;
    private WorkbenchController controller;

    @BeforeEach
    void setUp() {
        org.junit.jupiter.api.Assumptions.assumeFalse(GraphicsEnvironment.isHeadless(),
                "needs a display: CI runs the tests under xvfb-run");
        robot = BasicRobot.robotWithNewAwtHierarchy();
        prefs = Preferences.userRoot().node("org/credence/test-" + UUID.randomUUID());
    }

    @AfterEach
    void tearDown() throws Exception {
        if (controller != null) {
            execute(controller::close);
        }
        if (robot != null) {
            robot.cleanUp();
        }
        if (prefs != null) {
            prefs.removeNode();
        }
    }

    private static void await(String what, Supplier<Boolean> condition) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return execute(condition::get);
            }
        }, Timeout.timeout(120_000));
    }

    private List<ArticleFinding> findingsOf(String ruleId) {
        return execute(() -> controller.model().report().findings().stream()
                .filter(f -> f.ruleId().equals(ruleId)).toList());
    }

    @Test
    void aPackSavedIntoTheWatchedFolderScoresTheOpenArticlesABrokenOneFailsAloneAndOneSwitchedOffStopsCounting()
            throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        EngineOptions options = new EngineOptions(plugins, List.of(Path.of("..", "plugins", "hedged-language")), null,
                2, Duration.ofSeconds(10), List.of());
        controller = execute(() -> {
            WorkbenchController.applyTheme(false);
            WorkbenchController c = new WorkbenchController(options, prefs, dir.resolve("autosave.json"), null);
            c.window().setVisible(true);
            return c;
        });
        execute(() -> controller.open(List.of(Path.of("..", "examples", "copper-belt"))));
        await("analysis to finish", () -> !controller.isBusy() && controller.model().hasReport());
        assertThat(findingsOf("second-hand-report")).isEmpty();
        ArticleFinding hedge = findingsOf("hedged-language").get(0);
        execute(() -> controller.model().setVerdict(hedge, Verdict.REJECTED));

        // saved into the folder: applied to the open articles, the reviewer's verdict kept
        Files.writeString(plugins.resolve("classroom.json"), PACK);
        await("the pack's findings", () -> !findingsOf("second-hand-report").isEmpty());
        assertThat(findingsOf("second-hand-report")).extracting(f -> f.finding().explanation())
                .contains("Second hand: According to a report.", "Second hand: As per the agency.");
        assertThat(execute(() -> controller.model().verdict(hedge))).isEqualTo(Verdict.REJECTED);

        // a broken pack beside it: listed as failed with its line, everything else still scores
        Files.writeString(plugins.resolve("broken.json"), PACK.replace("classroom", "broken")
                .replace("second-hand-report", "other-rule").replace("-0.3", "-3"));
        FrameFixture window = new FrameFixture(robot, controller.window());
        window.menuItem("plugins").click();
        DialogFixture dialog = new DialogFixture(robot, execute(() -> controller.pluginsDialog()));
        await("the broken pack in the plugins window", () -> controller.pluginsDialog().shown().stream()
                .anyMatch(p -> p.id().equals("broken.json")));
        JTable table = dialog.table("pluginsTable").target();
        assertThat(execute(() -> rows(table))).contains(
                "broken.json | rule pack |  | FAILED |  |  | line 3: rules[0].effect must be a strength from -1 (lowers"
                        + " the score) to 1 (raises it), was -3",
                "classroom | rule pack | 1.0 | STARTED | A. Trainer | CC-BY-4.0 | ");
        assertThat(findingsOf("second-hand-report")).isNotEmpty();
        assertThat(findingsOf("hedged-language")).isNotEmpty();

        // switched off in the window: kept in disabled.txt, its findings no longer count
        int row = execute(() -> rows(table).indexOf(rows(table).stream().filter(r -> r.startsWith("classroom |"))
                .findFirst().orElseThrow()));
        dialog.table("pluginsTable").selectRows(row);
        dialog.button("disable").click();
        await("the pack switched off", () -> findingsOf("second-hand-report").isEmpty());
        assertThat(new PluginSwitches(plugins).disabled()).containsExactly("classroom");
        await("the window to show it", () -> rows(table).contains(
                "classroom | rule pack | 1.0 | DISABLED | A. Trainer | CC-BY-4.0 | "));
        assertThat(findingsOf("hedged-language")).isNotEmpty();
    }

    /** Each row as "id | kind | version | status | provider | licence | problem". */
    private static List<String> rows(JTable table) {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < table.getRowCount(); r++) {
            out.add(String.join(" | ", cell(table, r, 0), cell(table, r, 1), cell(table, r, 2), cell(table, r, 3),
                    cell(table, r, 4), cell(table, r, 5), cell(table, r, 7)));
        }
        return out;
    }

    private static String cell(JTable table, int row, int column) {
        return String.valueOf(table.getValueAt(row, column));
    }
}
