package org.credence.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Approximation;
import org.credence.api.Attribution;
import org.credence.api.Claim;
import org.credence.api.ClaimLink;
import org.credence.api.Finding;
import org.credence.api.Quantity;
import org.credence.api.Relation;
import org.credence.api.SourceKind;
import org.credence.engine.io.ReadResult;
import org.credence.engine.pipeline.Engine;
import org.credence.engine.pipeline.EngineOptions;
import org.credence.engine.progress.ProgressListener;
import org.credence.engine.result.ArticleFinding;
import org.credence.engine.report.Report;
import org.credence.engine.scoring.WeightsProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The three seed reports of ../shared/seeds scored together with the distribution's plugin jars: what a careful
 * editor would find there. Skipped where ../shared is absent.
 */
class SeedStoryAcceptanceTest {

    private static Engine engine;
    private static Report report;
    private static AnalyzedArticle copy;
    private static AnalyzedArticle news;
    private static AnalyzedArticle weighing;

    @BeforeAll
    static void scoreTheSeeds() throws InterruptedException {
        Path seeds = Distribution.requireShared("seeds");
        engine = Engine.open(new EngineOptions(Distribution.PLUGINS, List.of(), null, 2, Duration.ofSeconds(10),
                List.of()));
        ReadResult read = engine.read(List.of(seeds));
        assertThat(read.problems()).isEmpty();
        report = engine.score(read.articles(), read.problems(), WeightsProfile.defaults(), ProgressListener.NONE);
        copy = article("000");
        news = article("001");
        weighing = article("004");
    }

    @AfterAll
    static void close() {
        if (engine != null) {
            engine.close();
        }
    }

    private static AnalyzedArticle article(String prefix) {
        return report.corpus().articles().stream().filter(a -> a.id().startsWith(prefix)).findFirst().orElseThrow();
    }

    private static Stream<Quantity> figures(AnalyzedArticle a) {
        return a.quantities().stream();
    }

    private static Quantity figure(AnalyzedArticle a, double value, String noun) {
        return figures(a).filter(q -> q.low() == value && q.noun().equals(noun)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + value + " " + noun + " in " + a.id() + ": "
                        + a.quantities()));
    }

    private static List<Finding> findings(String ruleId, AnalyzedArticle a) {
        return report.findings().stream().filter(f -> f.articleId().equals(a.id()) && f.ruleId().equals(ruleId))
                .map(ArticleFinding::finding).toList();
    }

    private static Claim claimWith(AnalyzedArticle a, Quantity q) {
        return a.claims().stream().filter(c -> c.quantities().contains(q)).findFirst().orElseThrow();
    }

    @Test
    void figuresComeWithBoundsAndHeadNouns() {
        Quantity forty = figure(news, 40_000, "personnel");
        assertThat(forty.approximation()).isEqualTo(Approximation.AT_LEAST);
        assertThat(figure(news, 40_000, "fighters").approximation()).isEqualTo(Approximation.AT_LEAST);
        assertThat(figure(weighing, 16_000, "applicants").approximation()).isEqualTo(Approximation.AT_LEAST);
        assertThat(figure(weighing, 3_000, "fighters").approximation()).isEqualTo(Approximation.NEARLY);
        Quantity wages = figures(weighing).filter(q -> q.low() == 200 && q.high() == 300).findFirst().orElseThrow();
        assertThat(wages.unit()).isEqualTo("USD");
        assertThat(wages.approximation()).isEqualTo(Approximation.RANGE);
    }

    @Test
    void yearsDurationsAndLeasesGiveNoCounts() {
        for (AnalyzedArticle a : report.corpus().articles()) {
            for (Quantity q : a.quantities()) {
                String around = a.text().substring(Math.max(0, q.span().start() - 3),
                        Math.min(a.text().length(), q.span().end() + 8)).toLowerCase(Locale.ROOT);
                assertThat(around).as("figure %s in %s", a.text(q.span()), a.id())
                        .doesNotContain("2015").doesNotContain("six months").doesNotContain("49-year");
                assertThat(q.low() >= 1990 && q.low() <= 2030).as("a year read as a count in %s", a.id()).isFalse();
            }
        }
    }

    @Test
    void attributionsComeWithTheKindOfSource() {
        assertThat(kindOf(news, "Syrian Observatory for Human Rights")).isEqualTo(SourceKind.NGO_MONITOR);
        assertThat(kindOf(news, "SOHR")).isEqualTo(SourceKind.NGO_MONITOR);
        assertThat(kindOf(news, "DOD spokesperson")).isEqualTo(SourceKind.UNNAMED);
        assertThat(kindOf(weighing, "Shoigu")).isEqualTo(SourceKind.OFFICIAL);
        assertThat(kindOf(weighing, "Ahmad al-Ahmad")).isEqualTo(SourceKind.ACTIVIST);
        assertThat(kindOf(weighing, "multiple media reports")).isEqualTo(SourceKind.UNNAMED);
    }

    private static SourceKind kindOf(AnalyzedArticle a, String name) {
        return a.attributions().stream().filter(at -> at.sourceName().contains(name) && !at.resolved())
                .map(Attribution::kind).findFirst()
                .orElseThrow(() -> new AssertionError("no attribution to " + name + " in " + a.id()));
    }

    @Test
    void theSpunCopyAndItsOriginalFormOneGroupAndTheWeighingReportStandsAlone() {
        assertThat(report.corpus().duplicateGroups()).singleElement()
                .satisfies(g -> assertThat(g.articleIds()).containsExactlyInAnyOrder(copy.id(), news.id()));
        assertThat(report.corpus().duplicateGroupOf(weighing.id())).isEmpty();
        assertThat(findings("copied-content", copy)).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("machine-paraphrased copy").contains("\" for \""));
    }

    @Test
    void theCopysClaimsDoNotCorroborateTheOriginal() {
        for (Claim c : news.claims()) {
            for (ClaimLink l : report.corpus().linksFrom(c.id())) {
                if (l.otherArticle().equals(copy.id())) {
                    assertThat(l.independent()).isFalse();
                    assertThat(l.relation()).isEqualTo(Relation.SAME_ORIGIN);
                }
            }
        }
        assertThat(findings("single-source-numbers", news)).noneSatisfy(f -> assertThat(f.strength()).isPositive());
    }

    @Test
    void theFortyThousandIsSingleSourceAndConflictsWithSixteenAndThreeThousand() {
        Claim forty = claimWith(news, figure(news, 40_000, "personnel"));
        Finding f = report.findingsFor(forty.id()).stream().filter(x -> x.ruleId().equals("single-source-numbers"))
                .findFirst().orElseThrow();
        assertThat(f.strength()).isNegative();
        assertThat(f.explanation()).contains("40,000").contains("attributed only to").contains("Syrian Observatory for Human Rights")
                .contains("16,000").contains("3,000");
        Claim sixteen = claimWith(weighing, figure(weighing, 16_000, "applicants"));
        Claim three = claimWith(weighing, figure(weighing, 3_000, "fighters"));
        assertThat(f.related()).extracting(r -> r.otherClaimId())
                .contains(sixteen.id(), three.id());
    }

    @Test
    void theActivistsThreeThousandIsFlaggedAsUnverified() {
        Claim three = claimWith(weighing, figure(weighing, 3_000, "fighters"));
        assertThat(report.findingsFor(three.id())).anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("unverified-activist-claims");
            assertThat(f.explanation()).contains("Ahmad al-Ahmad").contains("failed to provide any such proof");
        });
    }

    @Test
    void theNoOfficialRecordStatementIsSetAgainstTheRecruitmentClaims() {
        List<Finding> contrasts = report.findings().stream().map(ArticleFinding::finding)
                .filter(f -> f.ruleId().equals("official-denial-contrast")).toList();
        assertThat(contrasts).allSatisfy(f -> assertThat(f.explanation()).contains("no official record"));
        Claim forty = claimWith(news, figure(news, 40_000, "personnel"));
        assertThat(report.findingsFor(forty.id())).anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("official-denial-contrast");
            assertThat(f.related()).singleElement().satisfies(r -> assertThat(r.otherArticle()).isEqualTo(weighing.id()));
        });
        Claim sixteen = claimWith(weighing, figure(weighing, 16_000, "applicants"));
        assertThat(report.findingsFor(sixteen.id()).stream().map(Finding::ruleId)).isNotEmpty();
    }

    /** The claims of 004 that say Russia is recruiting (or has recruited) in Syria, by a phrase of each. */
    private static final List<String> RECRUITMENT_CLAIMS = List.of(
            "has been actively recruiting Syrian in order to fight",
            "Russia has been actively recruiting Syrians with a monthly salary",
            "Russia recently began recruitment efforts in Syria",
            "to recruit young men with experience in urban fighting",
            "Russians has recruited nearly 3,000 Syrian fighters");
    /** The claims of 004 about other things: forecasts, suppositions, casualties, the other side's volunteers. */
    private static final List<String> OTHER_CLAIMS = List.of(
            "Shoigu hinted about the possible recruitment",
            "acknowledged speaking with more than 16,000 applicants",
            "Ukraine confirmed that foreigners from various nations",
            "nearly 20,000 forces, especially, from the West",
            "Russia could quickly recruit members of these groups",
            "Nearly 3,000-4,000 Russian soldiers were killed since the invasion, says US report",
            "recruitment will also play a significant role",
            "Putin was now frustrated");

    private static Claim claimSaying(AnalyzedArticle a, String phrase) {
        return a.claims().stream().filter(c -> a.text(c.span()).replaceAll("\\s+", " ").contains(phrase)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim of " + a.id() + " says \"" + phrase + "\""));
    }

    @Test
    void theNoOfficialRecordStatementContestsTheRecruitmentClaimsOf004AndNoneAboutOtherThings() {
        for (String phrase : RECRUITMENT_CLAIMS) {
            assertThat(report.findingsFor(claimSaying(weighing, phrase).id())).as(phrase).anySatisfy(f -> {
                assertThat(f.ruleId()).isEqualTo("official-denial-contrast");
                assertThat(f.explanation()).contains("no official record").contains("both about recruit");
            });
        }
        // a sentence about other things is either no claim (the learned detector passes over forecasts) or a claim
        // the denial is not set against
        for (String phrase : OTHER_CLAIMS) {
            assertThat(weighing.text().replaceAll("\\s+", " ")).as("004 says it").contains(phrase);
            weighing.claims().stream().filter(c -> weighing.text(c.span()).replaceAll("\\s+", " ").contains(phrase))
                    .forEach(c -> assertThat(report.findingsFor(c.id())).as(phrase)
                            .noneSatisfy(f -> assertThat(f.ruleId()).isEqualTo("official-denial-contrast")));
        }
    }

    @Test
    void theNewsReportsHeadlineIsFlagged() {
        Claim headline = news.headlineClaim().orElseThrow();
        assertThat(report.findingsFor(headline.id())).anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("headline-support");
            assertThat(f.explanation()).contains("Arrive");
        });
    }

    @Test
    void everyRuleRanWithoutFailureAndScoresReconcile() {
        assertThat(report.failures()).isEmpty();
        assertThat(report.rules()).hasSize(8);
        report.scores().claims().values().forEach(s -> assertThat(s.base() + s.contributions().stream()
                .mapToDouble(c -> c.points()).sum()).isCloseTo(s.score(), org.assertj.core.api.Assertions.within(1e-6)));
    }
}
