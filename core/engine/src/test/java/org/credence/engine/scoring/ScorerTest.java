package org.credence.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.credence.api.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScorerTest {

    private static Contribution raw(double points) {
        return new Contribution(new Finding("r", "a#1", Math.signum(points), "x", List.of(), List.of()), 1, points);
    }

    @ParameterizedTest(name = "base {0}, raw points {1} give {2}")
    @CsvSource(delimiter = '|', textBlock = """
        70 |                     | 70.0
        70 | -50                 | 34.3
        70 | 50                  | 94.3
        70 | -50 -50             | 16.8
        70 | -20 -20 -20 -20 -20 | 16.8
        70 | 30 -30              | 64.6
        50 | -200                | 0.9
        """)
    void scoresSaturateTowardsZeroAndHundred(double base, String points, double expected) {
        List<Contribution> raw = new ArrayList<>();
        if (points != null) {
            for (String p : points.trim().split("\\s+")) {
                raw.add(raw(Double.parseDouble(p)));
            }
        }
        assertThat(Scorer.saturate(base, raw).score()).isCloseTo(expected, within(0.05));
    }

    @Test
    void shownPointsAlwaysReconcileWithTheScore() {
        Random random = new Random(7);
        for (int trial = 0; trial < 1_000; trial++) {
            double base = 1 + random.nextDouble() * 98;
            List<Contribution> raw = new ArrayList<>();
            for (int i = random.nextInt(6); i > 0; i--) {
                raw.add(raw((random.nextDouble() * 2 - 1) * 100));
            }
            Scorer.Saturated s = Scorer.saturate(base, raw);
            double sum = s.contributions().stream().mapToDouble(Contribution::points).sum();
            assertThat(base + sum).isCloseTo(s.score(), within(1e-9));
            assertThat(s.score()).isBetween(0.0, 100.0);
            for (int i = 0; i < raw.size(); i++) {
                assertThat(Math.signum(s.contributions().get(i).points())).isEqualTo(Math.signum(raw.get(i).points()));
            }
        }
    }

    @Test
    void aDisabledRuleOrZeroWeightContributesNothing() {
        WeightsProfile off = new WeightsProfile("off", 70, Map.of("r", new WeightsProfile.RuleSetting(null, false)));
        WeightsProfile zero = new WeightsProfile("zero", 70, Map.of("r", new WeightsProfile.RuleSetting(0.0, true)));
        assertThat(off.isEnabled("r")).isFalse();
        assertThat(zero.weightOf("r", 0.8)).isZero();
        assertThat(WeightsProfile.defaults().weightOf("r", 0.8)).isEqualTo(0.8);
    }
}
