package org.credence.evaluation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WilsonIntervalTest {

    @ParameterizedTest(name = "{0} of {1}: [{2}, {3}]")
    @CsvSource({
            // successes, n, low, high (8 of 10 is the textbook example: 0.490 to 0.943)
            "8,    10, 0.4902, 0.9433",
            "40,   40, 0.9124, 1.0",
            "0,    40, 0.0,    0.0876",
            "20,   40, 0.3520, 0.6480",
            "30,   40, 0.5981, 0.8581",
            "27.5, 40, 0.5329, 0.8093",
            "1,    1,  0.2065, 1.0",
            "0,    0,  0.0,    1.0"})
    void theNinetyFivePercentIntervalMatchesTheWilsonFormula(double successes, int n, double low, double high) {
        WilsonInterval.Interval i = WilsonInterval.of95(successes, n);
        assertThat(i.low()).isCloseTo(low, within(1e-4));
        assertThat(i.high()).isCloseTo(high, within(1e-4));
    }

    @Test
    void theIntervalNarrowsAsMoreFindingsAreLabelled() {
        double w10 = width(WilsonInterval.of95(8, 10));
        double w40 = width(WilsonInterval.of95(32, 40));
        double w160 = width(WilsonInterval.of95(128, 160));
        assertThat(w10).isGreaterThan(w40);
        assertThat(w40).isGreaterThan(w160);
    }

    @Test
    void successesOutsideZeroToNAreRefused() {
        assertThatThrownBy(() -> WilsonInterval.of95(11, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WilsonInterval.of95(-1, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double width(WilsonInterval.Interval i) {
        return i.high() - i.low();
    }
}
