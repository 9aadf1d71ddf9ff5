package org.credence.app.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.credence.engine.scoring.WeightsProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerdictCalibrationTest {

    /** n findings of a rule in articles a0..a(n-1), the first {@code agreed} of them agreed with. */
    private static List<LabelledVerdict> verdicts(String rule, int agreed, int n, String articlePrefix) {
        List<LabelledVerdict> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new LabelledVerdict(rule, articlePrefix + i, articlePrefix + i + "#1", i < agreed, ""));
        }
        return out;
    }

    @ParameterizedTest(name = "{0} agreed of {1} judged gives a precision of {2}")
    @CsvSource({"0, 0, 0.5", "1, 1, 0.6666667", "0, 1, 0.3333333", "9, 10, 0.8333333", "0, 10, 0.0833333"})
    void precisionIsTheMeanOfABetaOneOnePosterior(int agreed, int judged, double expected) {
        assertThat(VerdictCalibration.precision(agreed, judged)).isCloseTo(expected, within(1e-6));
    }

    @Test
    void aRuleTheReviewerRejectsLosesWeightAndOneTheyAgreeWithKeepsMostOfIt() {
        List<LabelledVerdict> all = new ArrayList<>(verdicts("often-wrong", 1, 10, "w"));
        all.addAll(verdicts("usually-right", 9, 10, "r"));
        VerdictCalibration.Result r = new VerdictCalibration(0, 42).fit(all, WeightsProfile.defaults(),
                Map.of("often-wrong", 0.6, "usually-right", 0.6, "unjudged", 0.4));
        assertThat(r.profile().weightOf("often-wrong", 0.6)).isCloseTo(0.6 * 2 / 12, within(0.001));
        assertThat(r.profile().weightOf("usually-right", 0.6)).isCloseTo(0.6 * 10 / 12, within(0.001));
        assertThat(r.profile().rules()).doesNotContainKey("unjudged");
        assertThat(r.heldBackVerdicts()).isZero();
        assertThat(r.brierFitted()).isNaN();
    }

    @Test
    void theFitIsMeasuredOnWholeArticlesHeldBackAndBeatsTheBaselinesWhenRulesDiffer() {
        List<LabelledVerdict> all = new ArrayList<>(verdicts("often-wrong", 4, 40, "w"));
        all.addAll(verdicts("usually-right", 36, 40, "r"));
        VerdictCalibration.Result r = new VerdictCalibration(0.3, 7).fit(all, WeightsProfile.defaults(), Map.of());
        assertThat(r.heldBackArticles()).isEqualTo(24);
        assertThat(r.heldBackVerdicts()).isEqualTo(24);
        assertThat(r.trainVerdicts()).isEqualTo(56);
        assertThat(r.brierFitted()).isLessThan(r.brierPooled()).isLessThan(r.brierCoin() + 0.01);
        assertThat(r.brierAllRight()).isGreaterThan(r.brierFitted());
    }

    @Test
    void theSameVerdictsAndSeedHoldBackTheSameArticles() {
        List<LabelledVerdict> all = verdicts("rule", 10, 30, "a");
        var one = new VerdictCalibration(0.3, 1).fit(all, WeightsProfile.defaults(), Map.of());
        var two = new VerdictCalibration(0.3, 1).fit(all, WeightsProfile.defaults(), Map.of());
        assertThat(one).isEqualTo(two);
    }

    @Test
    void fittingTwiceScalesTheDefaultWeightNotTheFittedOne() {
        List<LabelledVerdict> all = verdicts("rule", 1, 4, "a");
        VerdictCalibration c = new VerdictCalibration(0, 1);
        var once = c.fit(all, WeightsProfile.defaults(), Map.of("rule", 0.5));
        var twice = c.fit(all, once.profile(), Map.of("rule", 0.5));
        assertThat(twice.profile().weightOf("rule", 0.5)).isEqualTo(once.profile().weightOf("rule", 0.5));
    }

    @Test
    void noVerdictsOrABadHoldoutAreRefusedWithAReason() {
        assertThatThrownBy(() -> new VerdictCalibration(0.3, 1).fit(List.of(), WeightsProfile.defaults(), Map.of()))
                .hasMessageContaining("no verdicts");
        assertThatThrownBy(() -> new VerdictCalibration(1, 1)).hasMessageContaining("--holdout");
    }
}
