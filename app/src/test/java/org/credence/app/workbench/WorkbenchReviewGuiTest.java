package org.credence.app.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import java.awt.Color;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;

import javax.swing.JTable;
import javax.swing.text.AttributeSet;
import javax.swing.text.StyleConstants;
import javax.swing.text.StyledDocument;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.credence.api.AnalyzedArticle;
import org.credence.api.Claim;
import org.credence.api.ClaimLink;
import org.credence.app.cli.CredenceCommand;
import org.credence.app.workbench.model.Comparison;
import org.credence.app.workbench.model.Verdict;
import org.credence.app.workbench.view.CompareView;
import org.credence.engine.pipeline.EngineOptions;
import org.credence.engine.result.ArticleFinding;
import org.credence.engine.scoring.WeightsProfile;
import org.credence.engine.scoring.WeightsProfiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * The reviewer's second round through real windows (under Xvfb in CI): opening a second folder keeps the review
 * and the plain text style, the dark theme keeps the highlights and darkens the charts, evidence in another article
 * opens it beside the claim, and verdicts go through `credence calibrate --verdicts` into a profile the workbench
 * loads. Rules come from the plugin modules in development mode, or from the example rule pack.
 */
class WorkbenchReviewGuiTest {

    private static final Path STORY = Path.of("..", "examples", "copper-belt");

    @TempDir
    Path dir;

    private Robot robot;
    private Preferences prefs;
    private final List<WorkbenchController> controllers = new ArrayList<>();

    @BeforeEach
    void setUp() {
        org.junit.jupiter.api.Assumptions.assumeFalse(java.awt.GraphicsEnvironment.isHeadless(),
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
        execute(() -> WorkbenchController.applyTheme(false));
        if (prefs != null) {
            prefs.removeNode();
        }
    }

    private WorkbenchController start(Path pluginsDir, List<Path> developmentPlugins, Path workspace) {
        EngineOptions options = new EngineOptions(pluginsDir, developmentPlugins, null, 2, Duration.ofSeconds(10),
                List.of());
        WorkbenchController c = execute(() -> {
            WorkbenchController.applyTheme(false);
            WorkbenchController controller = new WorkbenchController(options, prefs, dir.resolve("autosave.json"),
                    workspace);
            controller.window().setSize(1280, 800);
            controller.window().setVisible(true);
            return controller;
        });
        controllers.add(c);
        return c;
    }

    private WorkbenchController startWithBundledRules() {
        return start(null, List.of(Path.of("..", "plugins")), null);
    }

    private static void await(String what, java.util.function.BooleanSupplier done) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return execute(done::getAsBoolean);
            }
        }, Timeout.timeout(180_000));
    }

    private static void awaitAnalysis(WorkbenchController c) {
        await("analysis to finish", () -> !c.isBusy() && c.model().hasReport());
    }

    private static boolean bodyIsPlain(WorkbenchController c) {
        AnalyzedArticle a = c.model().article().orElseThrow();
        StyledDocument doc = c.window().textView().textPane().getStyledDocument();
        int body = a.headline().isEmpty() ? 0 : a.headline().end() + 2;
        AttributeSet at = doc.getCharacterElement(body).getAttributes();
        return !StyleConstants.isBold(at) && !at.isDefined(StyleConstants.FontSize);
    }

    @Test
    void openingASecondFolderAddsItToTheReviewAndTheTextStaysPlain() throws Exception {
        WorkbenchController c = startWithBundledRules();
        execute(() -> c.open(List.of(STORY)));
        awaitAnalysis(c);
        String claim = execute(() -> c.model().selectedClaim());
        ArticleFinding judged = execute(() -> c.model().findingsOf(claim).get(0));
        execute(() -> c.model().setVerdict(judged, Verdict.REJECTED));
        execute(() -> c.model().setNote(claim, "checked"));

        Path second = Files.createDirectories(dir.resolve("second folder"));
        Files.writeString(second.resolve("harbour.txt"), "Harbour Reopens After Storm\n\nThe harbour of Velm reopened "
                + "on Tuesday after 40 ships were damaged, the port authority said. Repairs will cost 3 million euros, "
                + "according to media reports.\n");
        FrameFixture window = new FrameFixture(robot, c.window());
        window.menuItem("open").click();
        JFileChooserFixture chooser = window.fileChooser(Timeout.timeout(10_000));
        chooser.setCurrentDirectory(dir.toFile());
        chooser.selectFile(second.toFile());
        chooser.approve();
        await("the second folder to be analysed", () -> !c.isBusy() && c.model().report().corpus().size() == 4);

        // both folders are open, and the review of the first is still there: nothing dropped, nothing to ask
        assertThat(execute(() -> c.model().inputs())).containsExactly(STORY.toAbsolutePath().normalize().toString(),
                second.toAbsolutePath().normalize().toString());
        assertThat(execute(() -> c.model().verdict(judged))).isEqualTo(Verdict.REJECTED);
        assertThat(execute(() -> c.model().review(claim).note())).isEqualTo("checked");
        // every article's body is in the plain style, whichever was shown before it: the headline does not bleed
        List<String> ids = execute(() -> c.model().report().corpus().articles().stream().map(AnalyzedArticle::id)
                .toList());
        for (String id : ids) {
            execute(() -> c.model().selectArticle(id));
            assertThat(execute(() -> bodyIsPlain(c))).as("body of %s", id).isTrue();
        }
        // the list names them by headline
        assertThat(execute(() -> c.window().articleList().names())).contains("Harbour Reopens After Storm",
                "Karvala's Miner Recruitment: Ministry Finds No Record");
        window.cleanUp();
    }

    @Test
    void theDarkThemeKeepsTheScoreHighlightsAndDarkensTheCharts() {
        WorkbenchController c = startWithBundledRules();
        execute(() -> c.open(List.of(STORY)));
        awaitAnalysis(c);
        int light = execute(() -> c.window().textView().highlightCount());
        int claims = execute(() -> c.model().article().orElseThrow().claims().size());
        assertThat(light).isGreaterThanOrEqualTo(claims);
        FrameFixture window = new FrameFixture(robot, c.window());

        window.menuItem("theme").click();
        robot.waitForIdle();
        await("the highlights to be painted again", () -> c.window().textView().highlightCount() == light);
        Color chart = execute(() -> (Color) c.window().scoreChart().chart().getBackgroundPaint());
        Color plot = execute(() -> (Color) c.window().contributionChart().chart().getPlot().getBackgroundPaint());
        assertThat(luminance(chart)).as("score chart background").isLessThan(100);
        assertThat(luminance(plot)).as("contributions plot background").isLessThan(100);

        window.menuItem("theme").click();
        robot.waitForIdle();
        await("the highlights after the light theme", () -> c.window().textView().highlightCount() == light);
        assertThat(luminance(execute(() -> (Color) c.window().scoreChart().chart().getBackgroundPaint())))
                .isGreaterThan(150);
        window.cleanUp();
    }

    private static int luminance(Color c) {
        return (c.getRed() * 299 + c.getGreen() * 587 + c.getBlue() * 114) / 1000;
    }

    @Test
    void evidenceInAnotherArticleOpensItBesideTheClaimAtThatSentence() {
        WorkbenchController c = startWithBundledRules();
        execute(() -> c.open(List.of(STORY)));
        awaitAnalysis(c);
        // a finding whose evidence is a claim of another article: the denial in the ministry's report
        record Link(String claimId, ClaimLink link) {
        }
        Link found = execute(() -> c.model().report().findings().stream()
                .filter(f -> !f.claimId().isEmpty())
                .flatMap(f -> f.finding().related().stream()
                        .filter(r -> !r.otherArticle().equals(f.articleId()))
                        .map(r -> new Link(f.claimId(), r)))
                .findFirst().orElseThrow(() -> new AssertionError("no cross-article evidence in the example story")));
        execute(() -> c.model().selectClaim(found.claimId()));
        FrameFixture window = new FrameFixture(robot, c.window());
        window.button("related-" + found.link().otherClaimId()).click();

        DialogFixture compare = new DialogFixture(robot, execute(() -> c.window().compareView()));
        compare.requireVisible();
        Comparison shown = execute(() -> c.model().comparison().orElseThrow());
        Claim other = shown.otherClaim();
        assertThat(other.id()).isEqualTo(found.link().otherClaimId());
        assertThat(execute(() -> c.window().compareView().otherSide().getText()))
                .isEqualTo(shown.otherArticle().text());
        assertThat(execute(() -> c.window().compareView().otherSide().getSelectionStart()))
                .as("the other article is open at that sentence").isEqualTo(other.span().start());
        assertThat(execute(() -> c.window().compareView().claimSide().getSelectionStart()))
                .isEqualTo(shown.claim().span().start());
        assertThat(execute(() -> c.window().compareView().summary()))
                .contains(shown.relation(), "They share:", shown.otherArticle().article().title().isBlank()
                        ? org.credence.app.workbench.model.ArticleNames.headline(shown.otherArticle())
                        : shown.otherArticle().article().title())
                .doesNotContain(found.link().otherArticle());
        assertThat(execute(() -> c.window().compareView().getTitle())).isEqualTo("Compare with another article");

        compare.button("openOther").click();
        assertThat(execute(() -> c.model().selectedClaim())).isEqualTo(other.id());
        assertThat(execute(() -> c.model().selectedArticle())).isEqualTo(found.link().otherArticle());
        compare.cleanUp();
        window.cleanUp();
    }

    @Test
    void verdictsCalibrateWeightsThatTheWorkbenchLoadsAsAProfile() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Files.copy(Path.of("..", "docs", "packs", "classroom-basics.json"), plugins.resolve("classroom-basics.json"));
        Path articles = Files.createDirectories(dir.resolve("articles"));
        for (int i = 1; i <= 4; i++) {
            Files.writeString(articles.resolve("report-" + i + ".txt"), "Mine Report " + i + "\n\nThe mine at Velm "
                    + "hired " + (100 * i) + " workers in May, according to media reports. The company paid " + i
                    + " million dollars to the families of the miners, as per reports.\n");
        }
        Path workspace = dir.resolve("review.credence.json");
        WorkbenchController c = start(plugins, List.of(), workspace);
        execute(() -> c.open(List.of(articles)));
        awaitAnalysis(c);
        List<ArticleFinding> secondHand = execute(() -> c.model().report().findings().stream()
                .filter(f -> f.ruleId().equals("second-hand-report")).toList());
        assertThat(secondHand).hasSizeGreaterThanOrEqualTo(4);

        // the reviewer agrees with one finding by the button and rejects three: the rules panel shows 1/4
        FrameFixture window = new FrameFixture(robot, c.window());
        execute(() -> c.model().selectClaim(secondHand.get(0).claimId()));
        window.toggleButton("accept-second-hand-report").click();
        for (ArticleFinding f : secondHand.subList(1, 4)) {
            execute(() -> c.model().selectClaim(f.claimId()));
            window.toggleButton("reject-second-hand-report").click();
        }
        JTable rules = window.table("rulesTable").target();
        int row = execute(() -> {
            for (int r = 0; r < rules.getRowCount(); r++) {
                if (rules.getValueAt(r, 1).equals("second-hand-report")) {
                    return r;
                }
            }
            throw new AssertionError("second-hand-report is not in the rules table");
        });
        assertThat(execute(() -> rules.getValueAt(row, 4))).isEqualTo("1/4 (25%)");
        window.menuItem("save").click();
        await("the review to be saved", () -> Files.exists(workspace) && !c.model().isDirty());

        // `credence calibrate --verdicts` fits the weights and writes a profile
        Path profile = dir.resolve("from-verdicts.json");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = CredenceCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("calibrate", "--verdicts", workspace.toString(), "--plugins", plugins.toString(),
                "--holdout", "0", "--out", profile.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("second-hand-report", "profile written to");
        WeightsProfile fitted = WeightsProfiles.read(profile);
        // 1 agreed of 4: precision (1 + 1) / (4 + 2) = 1/3 of the default 0.5
        assertThat(fitted.weightOf("second-hand-report", 0.5)).isCloseTo(0.5 / 3, within(0.001));

        // Rules > Load profile puts it in force: the table shows the weight and the scores follow
        double before = execute(() -> c.model().shownScore(secondHand.get(1).claimId() + ""));
        String unjudged = execute(() -> c.model().report().findings().stream()
                .filter(f -> f.ruleId().equals("second-hand-report") && c.model().verdict(f) == Verdict.NONE)
                .map(ArticleFinding::claimId).findFirst().orElse(secondHand.get(0).claimId()));
        double unjudgedBefore = execute(() -> c.model().shownScore(unjudged));
        window.menuItem("loadProfile").click();
        JFileChooserFixture chooser = window.fileChooser(Timeout.timeout(10_000));
        chooser.selectFile(profile.toFile());
        chooser.approve();
        await("the profile to be in force", () -> c.model().profile().name().equals("verdicts"));
        assertThat(execute(() -> (Double) rules.getValueAt(row, 3))).isCloseTo(0.5 / 3, within(0.001));
        assertThat(execute(() -> c.model().shownScore(unjudged))).as("a lighter rule lowers the score less")
                .isGreaterThan(unjudgedBefore);
        assertThat(execute(() -> c.model().shownScore(secondHand.get(1).claimId()))).as("a rejected finding")
                .isEqualTo(before);

        // the verdicts export as labelled findings
        Path labelled = dir.resolve("verdicts.jsonl");
        window.menuItem("exportVerdicts").click();
        JFileChooserFixture target = window.fileChooser(Timeout.timeout(10_000));
        target.fileNameTextBox().setText(labelled.toString());
        target.approve();
        await("the labelled findings to be written", () -> Files.exists(labelled));
        assertThat(Files.readAllLines(labelled)).hasSize(4).filteredOn(l -> l.contains("\"label\":\"incorrect\""))
                .hasSize(3);
        window.cleanUp();
    }

    @Test
    void aPastedArticleKeepsItsHeadlineOutletAndDateAndARulesRowListsTheClaimsItFiredOn() {
        WorkbenchController c = startWithBundledRules();
        execute(() -> c.open(List.of(STORY)));
        awaitAnalysis(c);
        FrameFixture window = new FrameFixture(robot, c.window());

        window.menuItem("paste").click();
        DialogFixture paste = window.dialog(Timeout.timeout(10_000));
        paste.textBox("pasteHeadline").enterText("Harbour Reopens After Storm");
        paste.textBox("pasteOutlet").enterText("Velm Gazette");
        paste.textBox("pasteDate").enterText("2026-11-30");
        paste.textBox("pasteText").enterText("The harbour of Velm reopened on Tuesday after 40 ships were damaged, "
                + "the port authority said.");
        paste.button(org.assertj.swing.core.matcher.JButtonMatcher.withText("OK")).click();
        await("the pasted article to be analysed", () -> !c.isBusy() && c.model().report().corpus().size() == 4);
        AnalyzedArticle pasted = execute(() -> c.model().report().corpus().articles().stream()
                .filter(a -> a.article().outlet().equals("Velm Gazette")).findFirst().orElseThrow());
        assertThat(pasted.article().title()).isEqualTo("Harbour Reopens After Storm");
        assertThat(pasted.article().date()).isEqualTo("2026-11-30");
        assertThat(execute(() -> c.model().articleName(pasted.id())))
                .isEqualTo("Harbour Reopens After Storm — Velm Gazette");

        // a double click on a rule's row lists the claims it fired on; choosing one selects it
        List<Claim> fired = execute(() -> c.model().claimsFiredOn("official-denial-contrast"));
        assertThat(fired).isNotEmpty();
        JTable rules = window.table("rulesTable").target();
        int row = execute(() -> {
            for (int r = 0; r < rules.getRowCount(); r++) {
                if (rules.getValueAt(r, 1).equals("official-denial-contrast")) {
                    return r;
                }
            }
            throw new AssertionError("official-denial-contrast is not in the rules table");
        });
        window.table("rulesTable").cell(org.assertj.swing.data.TableCell.row(row).column(1)).doubleClick();
        DialogFixture list = window.dialog("claimsOfRuleDialog", Timeout.timeout(10_000));
        assertThat(list.list("claimsOfRule").contents()).hasSize(fired.size());
        list.list("claimsOfRule").clickItem(fired.size() - 1);
        assertThat(execute(() -> c.model().selectedClaim())).isEqualTo(fired.get(fired.size() - 1).id());
        list.close();
        window.cleanUp();
    }
}
