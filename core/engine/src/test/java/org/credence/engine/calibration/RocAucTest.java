package org.credence.engine.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RocAucTest {

    private static boolean[] labels(String ones) {
        String[] parts = ones.trim().split("\\s+");
        boolean[] out = new boolean[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = parts[i].equals("1");
        }
        return out;
    }

    private static double[] scores(String values) {
        return Arrays.stream(values.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    }

    @ParameterizedTest(name = "labels {0}, scores {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        # labels  | scores                       | AUC: P(credible scores above fake), ties half
        0 0 1 1   | 10 20 30 40                  | 1.0
        0 0 1 1   | 40 30 20 10                  | 0.0
        0 0 1 1   | 70 70 70 70                  | 0.5
        0 0 1 1   | 0.1 0.4 0.35 0.8             | 0.75
        0 1 0 1   | 70 70 60 80                  | 0.875
        1 0 1 0 1 | 50 50 50 20 90               | 0.8333333
        0 1       | 70.00000000000001 70         | 0.5
        """)
    void aucIsTheChanceACredibleArticleOutscoresAFakeOne(String labels, String scores, double expected) {
        assertThat(RocAuc.of(labels(labels), scores(scores))).isCloseTo(expected, within(1e-6));
    }

    @Test
    void bothLabelsAreNeeded() {
        assertThatThrownBy(() -> RocAuc.of(labels("1 1"), scores("1 2")))
                .hasMessage("ROC AUC needs both credible and fake articles");
        assertThatThrownBy(() -> RocAuc.of(labels("1 0"), scores("1")))
                .hasMessage("2 labels but 1 scores");
    }
}
