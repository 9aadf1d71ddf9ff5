package org.credence.evaluation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountsTest {

    @ParameterizedTest(name = "tp={0} fp={1} fn={2}")
    @CsvSource({
            "8, 2, 8, 0.8, 0.5, 0.615385",
            "0, 0, 5, 0.0, 0.0, 0.0",
            "0, 3, 0, 0.0, 0.0, 0.0",
            "5, 0, 0, 1.0, 1.0, 1.0"})
    void precisionRecallAndF1FollowFromTheCounts(int tp, int fp, int fn, double p, double r, double f1) {
        Counts c = new Counts(tp, fp, fn);
        assertThat(c.precision()).isCloseTo(p, within(1e-6));
        assertThat(c.recall()).isCloseTo(r, within(1e-6));
        assertThat(c.f1()).isCloseTo(f1, within(1e-6));
    }

    @org.junit.jupiter.api.Test
    void eachDecisionLandsInOneCell() {
        Counts c = Counts.ZERO.add(true, true).add(true, false).add(false, true).add(false, false);
        assertThat(c).isEqualTo(new Counts(1, 1, 1));
    }
}
