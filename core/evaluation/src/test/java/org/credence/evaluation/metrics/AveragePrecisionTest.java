package org.credence.evaluation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AveragePrecisionTest {

    /** Each ranking is written as scores and labels in file order, "score:label" separated by spaces. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0.9:1 0.5:0 0.1:0           | 1.0
            0.9:0 0.5:1 0.1:0           | 0.5
            0.9:0 0.5:0 0.1:1           | 0.333333
            0.9:1 0.5:0 0.1:1           | 0.833333
            0.1:1 0.9:0 0.5:1           | 0.583333
            0.5:0 0.5:1                 | 0.5
            0.5:1 0.5:0                 | 1.0
            0.9:0 0.1:0                 | 0.0
            """)
    void averagePrecisionRanksByScoreAndKeepsFileOrderOnTies(String ranking, double expected) {
        assertThat(AveragePrecision.of(parse(ranking))).isCloseTo(expected, within(1e-6));
    }

    @org.junit.jupiter.api.Test
    void meanAveragePrecisionAveragesEachFileEqually() {
        double map = AveragePrecision.mean(List.of(parse("0.9:1 0.1:0"), parse("0.9:0 0.1:1")));
        assertThat(map).isCloseTo(0.75, within(1e-9));
    }

    static List<AveragePrecision.Scored> parse(String ranking) {
        List<AveragePrecision.Scored> out = new ArrayList<>();
        for (String item : ranking.strip().split("\\s+")) {
            String[] parts = item.split(":");
            out.add(new AveragePrecision.Scored(Double.parseDouble(parts[0]), parts[1].equals("1")));
        }
        return out;
    }
}
