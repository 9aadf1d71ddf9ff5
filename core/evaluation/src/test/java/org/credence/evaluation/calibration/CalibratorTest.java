package org.credence.evaluation.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.credence.api.Claim;
import org.credence.api.CredibilityRule;
import org.credence.api.Finding;
import org.credence.api.RuleContext;
import org.credence.api.RuleInfo;
import org.credence.evaluation.calibration.RuleCalibration.Outcome;
import org.credence.engine.pipeline.Engine;
import org.credence.engine.report.Report;
import org.credence.engine.pipeline.EngineOptions;
import org.credence.engine.progress.ProgressListener;
import org.credence.engine.scoring.WeightsProfile;
import org.credence.engine.scoring.WeightsProfiles;
import org.credence.evaluation.datasets.LabelledArticle;
import org.credence.evaluation.datasets.LabelledColumns;
import org.credence.evaluation.datasets.LabelledCsvReader;
import org.credence.evaluation.datasets.LabelledSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Calibration on a small synthetic labelled set with three in-process rules whose behaviour is known:
 * {@code doubts-rumours} doubts every claim of the articles that speak of a rumour, which are exactly the fake ones
 * (a perfect separator, but with a small default weight); {@code doubts-officials} doubts whole articles that cite
 * officials, which all credible articles and a third of the fake ones do (it points the wrong way, with a large
 * default weight); {@code never-fires} says nothing.
 */
class CalibratorTest {

    @TempDir
    static Path dir;

    private static Engine engine;
    private static Path csv;
    private static CalibrationResult result;

    /** A rule made of a function of the article text. */
    private record TextRule(String id, double weight, Function<RuleContext, List<Finding>> fn) implements CredibilityRule {
        @Override
        public RuleInfo info() {
            return new RuleInfo(id, id, "a test rule", weight, "");
        }

        @Override
        public List<Finding> evaluate(RuleContext context) {
            return fn.apply(context);
        }
    }

    private static List<Finding> onEveryClaim(RuleContext c, String ruleId, String word, double strength) {
        if (!c.article().text().contains(word)) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (Claim claim : c.article().claims()) {
            out.add(Finding.about(claim, ruleId, strength, "it speaks of a " + word, List.of()));
        }
        return out;
    }

    private static List<Finding> onTheArticle(RuleContext c, String ruleId, String word, double strength) {
        return c.article().text().contains(word)
                ? List.of(new Finding(ruleId, "", strength, "it cites " + word, List.of(), List.of()))
                : List.of();
    }

    static String syntheticCsv() {
        StringBuilder csv = new StringBuilder("id,title,text,outlet,label\n");
        for (int i = 0; i < 24; i++) {
            csv.append(String.format("c%d,Report %d,\"The Kelvar Observatory said over %d,000 miners had signed up in "
                    + "Tarsa on day %d. The officials counted them.\",Ledger,1%n", i, i, i + 2, i));
            String officials = i % 3 == 0 ? " The officials were not asked." : "";
            csv.append(String.format("f%d,Claim %d,\"A rumour says %d,000 miners had signed up in Varn on day %d.%s\","
                    + "Post,0%n", i, i, i + 30, i, officials));
        }
        return csv.toString();
    }

    @BeforeAll
    static void calibrate() throws Exception {
        List<CredibilityRule> rules = List.of(
                new TextRule("doubts-rumours", 0.2, c -> onEveryClaim(c, "doubts-rumours", "rumour", -0.3)),
                new TextRule("doubts-officials", 0.9, c -> onTheArticle(c, "doubts-officials", "officials", -0.8)),
                new TextRule("never-fires", 0.5, c -> List.of()));
        engine = Engine.open(new EngineOptions(null, List.of(), null, 2, Duration.ofSeconds(10), rules));
        csv = dir.resolve("synthetic.csv");
        Files.writeString(csv, syntheticCsv());
        LabelledSet set = new LabelledCsvReader(LabelledColumns.defaults()).read(csv);
        result = calibrate(set, new CalibrationOptions(0.3, 42));
    }

    /** Scores the set under the default weights, as `credence calibrate` does, and calibrates on that run. */
    private static CalibrationResult calibrate(LabelledSet set, CalibrationOptions options) throws Exception {
        Calibrator.requireUsable(set, engine.rules().descriptors());
        Report report = engine.score(set.articles().stream().map(LabelledArticle::article).toList(), List.of(),
                WeightsProfile.defaults(), ProgressListener.NONE);
        return new Calibrator().calibrate(set, report, options);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    private static RuleCalibration row(String ruleId) {
        return result.rules().stream().filter(r -> r.ruleId().equals(ruleId)).findFirst().orElseThrow();
    }

    @Test
    void everySyntheticArticleHasAClaimForTheRulesToSpeakAbout() {
        assertThat(result.report().corpus().articles()).hasSize(48)
                .allSatisfy(a -> assertThat(a.claims()).isNotEmpty());
        assertThat(result.report().failures()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}, weight {2}")
    @CsvSource(delimiter = '|', textBlock = """
        doubts-rumours   | KEPT            | 1.0
        doubts-officials | WRONG_DIRECTION | 0.0
        never-fires      | NEGLIGIBLE      | 0.0
        """)
    void eachRuleGetsTheWeightItsCoefficientEarns(String ruleId, Outcome outcome, double weight) {
        RuleCalibration row = row(ruleId);
        assertThat(row.outcome()).isEqualTo(outcome);
        assertThat(row.weight()).isEqualTo(weight);
        assertThat(result.profile().isEnabled(ruleId)).isEqualTo(outcome == Outcome.KEPT);
        assertThat(result.profile().weightOf(ruleId, 0.5)).isEqualTo(weight);
    }

    @Test
    void theSeparatingRuleHasAPositiveCoefficientAndTheWrongWayRuleANegativeOne() {
        assertThat(row("doubts-rumours").coefficient()).isPositive();
        assertThat(row("doubts-rumours").firedOn()).isEqualTo(17);
        assertThat(row("doubts-officials").coefficient()).isNegative();
        assertThat(row("never-fires").coefficient()).isZero();
        assertThat(row("never-fires").firedOn()).isZero();
    }

    @Test
    void theHeldBackAucRisesToPerfectOnceTheWrongWayRuleIsOff() {
        assertThat(result.aucBefore()).isLessThan(1.0);
        assertThat(result.aucAfter()).isGreaterThanOrEqualTo(result.aucBefore()).isEqualTo(1.0);
    }

    @Test
    void theSplitHoldsBackThirtyPercentOfEachLabel() {
        assertThat(result.split().heldOut()).hasSize(14);
        assertThat(Split.credible(result.split().heldOut())).isEqualTo(7);
        assertThat(result.split().train()).hasSize(34);
    }

    @Test
    void theProfileRoundTripsThroughAFile() throws IOException {
        Path file = dir.resolve("out").resolve("calibrated.json");
        WeightsProfiles.write(result.profile(), file);
        WeightsProfile read = WeightsProfiles.read(file);
        assertThat(read.rules()).isEqualTo(result.profile().rules());
        assertThat(read.baseline()).isEqualTo(WeightsProfile.DEFAULT_BASELINE);
        assertThat(read.name()).isEqualTo("calibrated on synthetic.csv (holdout 0.3, seed 42)");
    }

    @Test
    void theSameInputAndSeedGiveTheSameCalibration() throws Exception {
        LabelledSet set = new LabelledCsvReader(LabelledColumns.defaults()).read(csv);
        CalibrationResult again = calibrate(set, new CalibrationOptions(0.3, 42));
        assertThat(again.rules()).isEqualTo(result.rules());
        assertThat(again.aucBefore()).isEqualTo(result.aucBefore());
        assertThat(again.aucAfter()).isEqualTo(result.aucAfter());
    }

    @Test
    void aLabelWithTooFewArticlesIsRefusedNamingTheFile() throws Exception {
        Path few = dir.resolve("few.csv");
        Files.writeString(few, "text,label\nThe union said 300 miners left.,1\nThe union said 400 miners left.,1\n"
                + "A rumour says 500 miners left.,0\n");
        LabelledSet set = new LabelledCsvReader(LabelledColumns.defaults()).read(few);
        assertThatThrownBy(() -> calibrate(set, CalibrationOptions.defaults()))
                .isInstanceOf(CalibrationException.class)
                .hasMessage(few + ": needs at least 2 articles of each label (one to fit on, one to hold back), "
                        + "has 2 labelled 1 and 1 labelled 0");
    }

    @Test
    void featuresAreTheCheckWorthinessWeightedMeanStrengthPlusArticleLevelStrength() {
        Map<String, FeatureVector> features = new RuleFeatures(List.of("doubts-rumours", "doubts-officials", "never-fires"))
                .of(result.report());
        assertThat(features.get("f1").of("doubts-rumours")).isEqualTo(-0.3, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(features.get("f0").of("doubts-officials")).isEqualTo(-0.8);
        assertThat(features.get("c1").byRule()).isEqualTo(Map.of("doubts-rumours", 0.0, "doubts-officials", -0.8,
                "never-fires", 0.0));
        assertThat(features.values().stream().map(v -> v.of("never-fires")).collect(Collectors.toSet())).containsOnly(0.0);
    }
}
