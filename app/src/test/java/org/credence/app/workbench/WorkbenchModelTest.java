package org.credence.app.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.credence.api.Claim;
import org.credence.api.CredibilityRule;
import org.credence.api.Finding;
import org.credence.api.RuleContext;
import org.credence.api.RuleInfo;
import org.credence.app.workbench.model.Verdict;
import org.credence.app.workbench.model.WorkbenchModel;
import org.credence.app.workbench.model.Workspace;
import org.credence.app.workbench.model.WorkspaceStore;
import org.credence.engine.io.ReadResult;
import org.credence.engine.pipeline.Engine;
import org.credence.engine.pipeline.EngineOptions;
import org.credence.engine.progress.ProgressListener;
import org.credence.engine.result.ArticleFinding;
import org.credence.engine.report.Report;
import org.credence.engine.scoring.WeightsProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbenchModelTest {

    /** Doubts every claim a little, so each claim has exactly one finding to judge. */
    static final class DoubtEverything implements CredibilityRule {
        @Override
        public RuleInfo info() {
            return new RuleInfo("doubt-everything", "Doubt everything", "", 0.5, "");
        }

        @Override
        public List<Finding> evaluate(RuleContext c) {
            List<Finding> out = new ArrayList<>();
            for (Claim claim : c.article().claims()) {
                out.add(Finding.about(claim, "doubt-everything", -0.6, "Doubted on principle.", List.of()));
            }
            return out;
        }
    }

    private static Engine engine;
    private static Report report;
    private WorkbenchModel model;
    private final List<WorkbenchModel.Change> changes = new ArrayList<>();

    @BeforeAll
    static void analyse() throws InterruptedException {
        engine = Engine.open(new EngineOptions(null, List.of(), null, 2, Duration.ofSeconds(5),
                List.of(new DoubtEverything())));
        ReadResult read = engine.read(List.of(Path.of("..", "examples", "copper-belt")));
        report = engine.score(read.articles(), read.problems(), WeightsProfile.defaults(), ProgressListener.NONE);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @BeforeEach
    void load() {
        model = new WorkbenchModel();
        model.addListener(changes::add);
        model.load(report, List.of("examples/copper-belt"));
    }

    private ArticleFinding firstFinding() {
        return model.findingsOf(model.selectedClaim()).get(0);
    }

    @Test
    void rejectingAFindingTakesItOutOfTheScore() {
        String claim = model.selectedClaim();
        double before = model.shownScore(claim);
        assertThat(before).isLessThan(WeightsProfile.DEFAULT_BASELINE);
        model.setVerdict(firstFinding(), Verdict.REJECTED);
        assertThat(model.shownScore(claim)).isCloseTo(WeightsProfile.DEFAULT_BASELINE, within(1e-9));
        assertThat(model.isDirty()).isTrue();
        assertThat(changes).contains(WorkbenchModel.Change.SCORES);
        model.setVerdict(firstFinding(), Verdict.ACCEPTED);
        assertThat(model.shownScore(claim)).isEqualTo(before);
    }

    @Test
    void switchingARuleOffOrChangingItsWeightRescoresWithoutAnalysis() {
        String claim = model.selectedClaim();
        double before = model.shownScore(claim);
        model.setWeight("doubt-everything", 1.0);
        assertThat(model.shownScore(claim)).isLessThan(before);
        model.setRuleEnabled("doubt-everything", false);
        assertThat(model.shownScore(claim)).isEqualTo(WeightsProfile.DEFAULT_BASELINE);
        assertThat(model.report().findings()).hasSameSizeAs(report.findings());
    }

    @Test
    void aReviewersOwnScoreIsTheShownScore() {
        String claim = model.selectedClaim();
        model.setOwnScore(claim, 12.0);
        assertThat(model.shownScore(claim)).isEqualTo(12.0);
        model.setOwnScore(claim, null);
        assertThat(model.shownScore(claim)).isLessThan(WeightsProfile.DEFAULT_BASELINE);
    }

    @Test
    void verdictsNotesAndWeightsSurviveAWorkspaceFile(@TempDir Path dir) throws Exception {
        String claim = model.selectedClaim();
        ArticleFinding f = firstFinding();
        model.setVerdict(f, Verdict.REJECTED);
        model.setNote(claim, "Checked against the ministry's own figures.");
        model.setOwnScore(claim, 35.0);
        model.setWeight("doubt-everything", 0.25);
        Path file = dir.resolve("review.credence.json");
        new WorkspaceStore().write(model.workspace(), file);

        Workspace read = new WorkspaceStore().read(file);
        WorkbenchModel reopened = new WorkbenchModel();
        reopened.restore(read);
        reopened.load(report, read.inputs());
        assertThat(reopened.verdict(f)).isEqualTo(Verdict.REJECTED);
        assertThat(reopened.review(claim).note()).isEqualTo("Checked against the ministry's own figures.");
        assertThat(reopened.shownScore(claim)).isEqualTo(35.0);
        assertThat(reopened.profile().weightOf("doubt-everything", 0.5)).isEqualTo(0.25);
        assertThat(reopened.selectedClaim()).isEqualTo(claim);
        assertThat(reopened.isDirty()).isFalse();
    }

    @Test
    void reviewColumnsCarryVerdictRejectedFindingNoteAndScores() {
        String claim = model.selectedClaim();
        model.setVerdict(firstFinding(), Verdict.REJECTED);
        model.setNote(claim, "=cmd");
        Claim c = report.corpus().claim(claim).orElseThrow();
        assertThat(model.reviewColumns()).extracting(col -> col.header() + "=" + col.value().apply(c))
                .containsExactly("reviewer_verdicts=doubt-everything: rejected",
                        "rejected_findings=[rejected] doubt-everything: " + firstFinding().finding().explanation(),
                        "reviewer_note==cmd", "reviewer_score=", "shown_score=70.0");
    }

    @Test
    void theAgreementRateCountsThisReviewsVerdictsOnTheRulesFindings() {
        List<ArticleFinding> all = report.findings().stream().filter(f -> f.ruleId().equals("doubt-everything"))
                .limit(4).toList();
        assertThat(model.agreement("doubt-everything").toString()).as("nothing judged yet").isEmpty();
        model.setVerdict(all.get(0), Verdict.ACCEPTED);
        model.setVerdict(all.get(1), Verdict.ACCEPTED);
        model.setVerdict(all.get(2), Verdict.ACCEPTED);
        model.setVerdict(all.get(3), Verdict.REJECTED);
        assertThat(model.agreement("doubt-everything")).isEqualTo(new org.credence.app.workbench.model.Agreement(3, 4));
        assertThat(model.agreement("doubt-everything").toString()).isEqualTo("3/4 (75%)");
        model.setVerdict(all.get(3), Verdict.NONE);
        assertThat(model.agreement("doubt-everything").judged()).as("a verdict taken back").isEqualTo(3);
        assertThat(model.agreement("another-rule").judged()).isZero();
    }

    @Test
    void aClaimIsReviewedOnceJudgedNotedOrScored() {
        List<Claim> claims = model.article().orElseThrow().claims();
        String judged = claims.get(0).id();
        String noted = claims.get(1).id();
        String scored = claims.get(2).id();
        model.setVerdict(model.findingsOf(judged).get(0), Verdict.ACCEPTED);
        model.setNote(noted, "see the ministry");
        model.setOwnScore(scored, 50.0);
        assertThat(claims.subList(0, 4)).extracting(c -> model.isReviewed(c.id()))
                .containsExactly(true, true, true, false);
    }

    @Test
    void aRulesRowListsTheClaimsItFiredOnAndALoadedProfileRescoresAtOnce() {
        int claims = report.corpus().articles().stream().mapToInt(a -> a.claims().size()).sum();
        assertThat(model.claimsFiredOn("doubt-everything")).hasSize(claims);
        assertThat(model.claimsFiredOn("no-such-rule")).isEmpty();
        double before = model.shownScore(model.selectedClaim());
        model.applyProfile(new WeightsProfile("verdicts", 70, java.util.Map.of("doubt-everything",
                new WeightsProfile.RuleSetting(0.05, true))));
        assertThat(model.shownScore(model.selectedClaim())).isGreaterThan(before);
        assertThat(model.isDirty()).isTrue();
        assertThat(changes).contains(WorkbenchModel.Change.SCORES);
    }

    @Test
    void articlesAreNamedByHeadlineAndOutlet() {
        for (var a : report.corpus().articles()) {
            String name = model.articleName(a.id());
            assertThat(name).doesNotContain(a.id()).startsWith(
                    org.credence.app.workbench.model.ArticleNames.headline(a));
            if (!a.article().outlet().isBlank()) {
                assertThat(name).endsWith(" — " + a.article().outlet());
            }
        }
    }
}
