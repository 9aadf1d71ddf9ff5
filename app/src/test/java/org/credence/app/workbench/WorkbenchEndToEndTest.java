package org.credence.app.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Rectangle;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;

import javax.swing.JTable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.credence.api.Claim;
import org.credence.app.workbench.model.Verdict;
import org.credence.engine.pipeline.EngineOptions;
import org.credence.engine.result.ArticleFinding;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.entity.CategoryItemEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reviewer's path through a real window (under Xvfb in CI): open the example story, pick a claim from the
 * chart, switch a rule off, reject a finding, save, reopen, export. Rules come from the plugin modules in
 * development mode (plugins/{@literal *}/target/classes), as a developer runs them.
 */
class WorkbenchEndToEndTest {

    @TempDir
    Path dir;

    private Robot robot;
    private Preferences prefs;
    private final List<WorkbenchController> controllers = new ArrayList<>();

    @BeforeEach
    void setUp() {
        org.junit.jupiter.api.Assumptions.assumeFalse(GraphicsEnvironment.isHeadless(),
                "needs a display: CI runs the tests under xvfb-run");
        robot = BasicRobot.robotWithNewAwtHierarchy();
        prefs = Preferences.userRoot().node("org/credence/test-" + UUID.randomUUID());
    }

    @AfterEach
    void tearDown() throws Exception {
        controllers.forEach(c -> execute(c::close));
        if (robot != null) {
            robot.cleanUp();
        }
        if (prefs != null) {
            prefs.removeNode();
        }
    }

    private WorkbenchController start(Path workspace) {
        EngineOptions options = new EngineOptions(null, List.of(Path.of("..", "plugins")), null, 2,
                Duration.ofSeconds(10), List.of());
        WorkbenchController c = execute(() -> {
            WorkbenchController.applyTheme(false);
            WorkbenchController controller = new WorkbenchController(options, prefs, dir.resolve("autosave.json"),
                    workspace);
            controller.window().setVisible(true);
            return controller;
        });
        controllers.add(c);
        return c;
    }

    private static void awaitAnalysis(WorkbenchController c) {
        Pause.pause(new Condition("analysis to finish") {
            @Override
            public boolean test() {
                return execute(() -> !c.isBusy() && c.model().hasReport());
            }
        }, Timeout.timeout(180_000));
    }

    @Test
    void aReviewerScoresTheExampleStoryReviewsItSavesReopensAndExports() throws Exception {
        Path workspace = dir.resolve("review.credence.json");
        WorkbenchController c = start(workspace);
        execute(() -> c.open(List.of(Path.of("..", "examples", "copper-belt"))));
        awaitAnalysis(c);
        FrameFixture window = new FrameFixture(robot, c.window());

        // one bar per claim of the shown article
        List<Claim> claims = execute(() -> c.model().article().orElseThrow().claims());
        assertThat(claims).hasSizeGreaterThan(3);
        List<CategoryItemEntity> bars = execute(() -> bars(c));
        assertThat(bars).hasSameSizeAs(claims);

        // clicking a bar selects its claim and explains it
        int target = findClaimWithTwoRules(c, claims);
        Claim chosen = claims.get(target);
        Rectangle bar = bars.get(target).getArea().getBounds();
        robot.click(c.window().scoreChart().chartPanel(), new Point((int) bar.getCenterX(), (int) bar.getCenterY()));
        Pause.pause(new Condition("claim to be selected") {
            @Override
            public boolean test() {
                return execute(() -> c.model().selectedClaim().equals(chosen.id()));
            }
        }, Timeout.timeout(10_000));
        List<ArticleFinding> findings = execute(() -> c.model().findingsOf(chosen.id()));
        ArticleFinding switchedOff = findings.get(0);
        ArticleFinding rejected = findings.get(1);
        window.textBox("explanation-" + switchedOff.ruleId()).requireText(switchedOff.finding().explanation());

        // switching a rule off re-scores at once
        double before = execute(() -> c.model().shownScore(chosen.id()));
        JTable rules = window.table("rulesTable").target();
        int row = execute(() -> {
            for (int r = 0; r < rules.getRowCount(); r++) {
                if (rules.getValueAt(r, 1).equals(switchedOff.ruleId())) {
                    return r;
                }
            }
            throw new AssertionError("rule not listed: " + switchedOff.ruleId());
        });
        window.table("rulesTable").cell(org.assertj.swing.data.TableCell.row(row).column(0)).click();
        assertThat(execute(() -> c.model().profile().isEnabled(switchedOff.ruleId()))).isFalse();
        double after = execute(() -> c.model().shownScore(chosen.id()));
        assertThat(after).isGreaterThan(before);
        assertThat(execute(() -> bars(c).get(target).getArea().getBounds().height)).isGreaterThan(bar.height);

        // a verdict, a note, a save
        window.toggleButton("reject-" + rejected.ruleId()).click();
        assertThat(execute(() -> c.model().verdict(rejected))).isEqualTo(Verdict.REJECTED);
        window.textBox("note").enterText("Ministry figures disagree.");
        window.menuItem("save").click();
        Pause.pause(new Condition("workspace to be written") {
            @Override
            public boolean test() {
                return Files.exists(workspace) && !execute(() -> c.model().isDirty());
            }
        }, Timeout.timeout(10_000));
        execute(c::close);
        window.cleanUp();

        // reopening the workspace brings the review back
        WorkbenchController reopened = start(workspace);
        execute(() -> reopened.openWorkspace(workspace));
        awaitAnalysis(reopened);
        FrameFixture second = new FrameFixture(robot, reopened.window());
        assertThat(execute(() -> reopened.model().selectedClaim())).isEqualTo(chosen.id());
        assertThat(execute(() -> reopened.model().verdict(rejected))).isEqualTo(Verdict.REJECTED);
        assertThat(execute(() -> reopened.model().profile().isEnabled(switchedOff.ruleId()))).isFalse();
        second.toggleButton("reject-" + rejected.ruleId()).requireSelected();
        second.textBox("note").requireText("Ministry figures disagree.");

        // the CSV carries scores and the reviewer's columns
        Path csv = dir.resolve("reviewed.csv");
        second.menuItem("exportCsv").click();
        JFileChooserFixture chooser = second.fileChooser(Timeout.timeout(10_000));
        chooser.fileNameTextBox().setText(csv.toString());
        chooser.approve();
        Pause.pause(new Condition("CSV to be written") {
            @Override
            public boolean test() {
                return Files.exists(csv);
            }
        }, Timeout.timeout(10_000));
        String text = Files.readString(csv, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(text)).getRecords();
        int allClaims = execute(() -> reopened.model().report().corpus().articles().stream()
                .mapToInt(a -> a.claims().size()).sum());
        assertThat(rows).hasSize(allClaims);
        CSVRecord reviewed = rows.stream().filter(r -> r.get("claim_id").equals(chosen.id())).findFirst().orElseThrow();
        assertThat(reviewed.get("reviewer_verdicts")).isEqualTo(rejected.ruleId() + ": rejected");
        assertThat(reviewed.get("reviewer_note")).isEqualTo("Ministry figures disagree.");
        assertThat(reviewed.get("points:" + switchedOff.ruleId())).isEmpty();
        assertThat(Double.parseDouble(reviewed.get("shown_score"))).isCloseTo(Double.parseDouble(reviewed.get("score")),
                org.assertj.core.api.Assertions.within(0.11));
        second.cleanUp();
    }

    @Test
    void anUnsavedReviewIsRecoveredFromTheAutosaveAfterTheWindowDies() throws Exception {
        Path autosave = dir.resolve("autosave.json");
        WorkbenchController c = start(null);
        execute(() -> c.open(List.of(Path.of("..", "examples", "copper-belt"))));
        awaitAnalysis(c);
        String claim = execute(() -> c.model().selectedClaim());
        ArticleFinding finding = execute(() -> c.model().findingsOf(claim).get(0));
        execute(() -> c.model().setVerdict(finding, Verdict.REJECTED));
        execute(c::autosave);
        assertThat(autosave).exists();
        execute(() -> c.window().dispose());   // the window dies without close(): the autosave stays
        controllers.remove(c);

        WorkbenchController recovered = start(null);
        execute(() -> recovered.openWorkspace(autosave));
        awaitAnalysis(recovered);
        assertThat(execute(() -> recovered.model().verdict(finding))).isEqualTo(Verdict.REJECTED);
    }

    /** The first claim with findings of at least two different rules: one to switch off, one to reject. */
    private static int findClaimWithTwoRules(WorkbenchController c, List<Claim> claims) {
        for (int i = 0; i < claims.size(); i++) {
            String id = claims.get(i).id();
            long rules = execute(() -> c.model().findingsOf(id).stream().map(ArticleFinding::ruleId).distinct().count());
            if (rules >= 2) {
                return i;
            }
        }
        throw new AssertionError("no claim of the example story has findings of two rules");
    }

    private static List<CategoryItemEntity> bars(WorkbenchController c) {
        ChartRenderingInfo info = c.window().scoreChart().chartPanel().getChartRenderingInfo();
        List<CategoryItemEntity> out = new ArrayList<>();
        for (Object e : info.getEntityCollection().getEntities()) {
            if (e instanceof CategoryItemEntity bar) {
                out.add(bar);
            }
        }
        out.sort((a, b) -> Double.compare(a.getArea().getBounds().getX(), b.getArea().getBounds().getX()));
        return out;
    }
}
