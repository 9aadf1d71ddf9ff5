package org.credence.evaluation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RocAucTest {

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            0.9 0.8 0.2 0.1 | 1 1 0 0 | 1.0
            0.1 0.2 0.8 0.9 | 1 1 0 0 | 0.0
            0.5 0.5 0.5 0.5 | 1 0 1 0 | 0.5
            0.9 0.3 0.5 0.1 | 1 1 0 0 | 0.75
            0.9 0.5 0.5 0.1 | 1 1 0 0 | 0.875
            3 1 2           | 1 0 1   | 1.0
            50 50 50 20 90  | 1 0 1 0 1 | 0.8333333333
            70 70.00000000000001 | 1 0 | 0.5
            """)
    void aucIsTheChanceThatAPositiveOutscoresANegativeWithTiesCountingHalf(String scores, String labels, double auc) {
        String[] s = scores.strip().split("\\s+");
        String[] l = labels.strip().split("\\s+");
        double[] values = new double[s.length];
        boolean[] positive = new boolean[l.length];
        for (int i = 0; i < s.length; i++) {
            values[i] = Double.parseDouble(s[i]);
            positive[i] = l[i].equals("1");
        }
        assertThat(RocAuc.of(values, positive)).isCloseTo(auc, within(1e-9));
    }

    @Test
    void aucOfOneClassIsUndefined() {
        assertThat(RocAuc.of(new double[] {0.1, 0.2}, new boolean[] {true, true})).isNaN();
    }

    @Test
    void scoresAndLabelsMustPair() {
        assertThatThrownBy(() -> RocAuc.of(new double[] {1}, new boolean[] {true, false}))
                .hasMessage("1 scores but 2 labels");
    }
}
