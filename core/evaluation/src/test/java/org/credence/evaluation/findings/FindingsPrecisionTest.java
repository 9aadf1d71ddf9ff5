package org.credence.evaluation.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FindingsPrecisionTest {

    private final FindingsPrecision precision = new FindingsPrecision();

    private static List<FindingRecord> labelled(String rule, int correct, int partly, int incorrect) {
        List<FindingRecord> out = new ArrayList<>();
        int i = 0;
        for (int[] batch : new int[][] {{correct, 0}, {partly, 1}, {incorrect, 2}}) {
            for (int k = 0; k < batch[0]; k++) {
                Label label = Label.values()[batch[1]];
                out.add(new FindingRecord("a" + i, "a" + i + "#1", rule, label, "why", "tester", FindingContext.NONE, null));
                i++;
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # case         | correct | partly | incorrect | precision | low    | high
        all correct    | 40      | 0      | 0         | 1.0       | 0.9124 | 1.0
        all partly     | 0       | 40     | 0         | 0.5       | 0.3520 | 0.6480
        all incorrect  | 0       | 0      | 40        | 0.0       | 0.0    | 0.0876
        mixed          | 25      | 5      | 10        | 0.6875    | 0.5329 | 0.8093
        one correct    | 1       | 0      | 0         | 1.0       | 0.2065 | 1.0
        """)
    void precisionCountsPartlyAsHalfWithAWilsonInterval(String name, int correct, int partly, int incorrect,
                                                          double expected, double low, double high) {
        PrecisionReport report = precision.measure(labelled("hedged-language", correct, partly, incorrect),
                List.of("hedged-language"));
        RulePrecision row = report.rule("hedged-language").orElseThrow();
        assertThat(row.n()).isEqualTo(correct + partly + incorrect);
        assertThat(row.precision()).isCloseTo(expected, within(1e-9));
        assertThat(row.interval().low()).isCloseTo(low, within(1e-4));
        assertThat(row.interval().high()).isCloseTo(high, within(1e-4));
    }

    @Test
    void aRuleWithNothingLabelledIsListedWithNoPrecisionAndTheWholeInterval() {
        PrecisionReport report = precision.measure(labelled("anonymous-sourcing", 3, 0, 1),
                List.of("anonymous-sourcing", "copied-content"));
        RulePrecision empty = report.rule("copied-content").orElseThrow();
        assertThat(empty.n()).isZero();
        assertThat(empty.precision()).isNaN();
        assertThat(empty.interval().low()).isZero();
        assertThat(empty.interval().high()).isEqualTo(1.0);
        assertThat(report.rules()).extracting(RulePrecision::rule).containsExactly("anonymous-sourcing", "copied-content");
    }

    @Test
    void theOverallFigurePoolsEveryLabelledFinding() {
        List<FindingRecord> all = new ArrayList<>(labelled("anonymous-sourcing", 30, 0, 10));
        all.addAll(labelled("single-source-numbers", 4, 2, 34));
        PrecisionReport report = precision.measure(all, List.of());
        assertThat(report.all().n()).isEqualTo(80);
        assertThat(report.all().precision()).isCloseTo((30 + 4 + 1) / 80.0, within(1e-9));
        assertThat(report.rule("anonymous-sourcing").orElseThrow().precision()).isCloseTo(0.75, within(1e-9));
        assertThat(report.rule("single-source-numbers").orElseThrow().precision()).isCloseTo(0.125, within(1e-9));
        assertThat(report.weighted()).as("no draw says how many findings each rule made").isEmpty();
    }

    @Test
    void findingsOfOneDrawAreAlsoWeightedByEachRulesShareOfTheFindings() {
        List<FindingRecord> all = new ArrayList<>();
        labelled("anonymous-sourcing", 30, 0, 10).forEach(r -> all.add(drawn(r, 100)));
        labelled("single-source-numbers", 10, 0, 30).forEach(r -> all.add(drawn(r, 900)));
        PrecisionReport report = precision.measure(all, List.of());
        PrecisionReport.Weighted w = report.weighted().orElseThrow();
        // 0.1 * 0.75 + 0.9 * 0.25: a finding picked at random from the report holds a quarter of the time, plus a bit
        assertThat(w.precision()).isCloseTo(0.3, within(1e-9));
        assertThat(w.population()).isEqualTo(1000);
        assertThat(w.interval().low()).isBetween(0.15, 0.3);
        assertThat(w.interval().high()).isBetween(0.3, 0.45);
        assertThat(report.all().precision()).as("the labelled set, 40 each").isCloseTo(0.5, within(1e-9));
        assertThat(report.rule("single-source-numbers").orElseThrow().population()).isEqualTo(900);
    }

    @Test
    void aRuleLabelledWholeHasNoSamplingErrorInTheWeightedFigure() {
        List<FindingRecord> all = new ArrayList<>();
        labelled("copied-content", 3, 0, 1).forEach(r -> all.add(drawn(r, 4)));
        PrecisionReport.Weighted w = precision.measure(all, List.of()).weighted().orElseThrow();
        assertThat(w.precision()).isCloseTo(0.75, within(1e-9));
        assertThat(w.interval().low()).isCloseTo(0.75, within(1e-9));
        assertThat(w.interval().high()).isCloseTo(0.75, within(1e-9));
    }

    @Test
    void findingsFromTwoDrawsGiveNoWeightedFigure() {
        List<FindingRecord> all = new ArrayList<>();
        labelled("anonymous-sourcing", 3, 0, 1).forEach(r -> all.add(drawn(r, 10)));
        labelled("hedged-language", 3, 0, 1).forEach(r -> all.add(new FindingRecord(r.article(), r.claim(), r.rule(),
                r.label(), r.reason(), r.labeller(), r.context(), new DrawOrigin("other", 2, "", "", "", 10, 4))));
        assertThat(precision.measure(all, List.of()).weighted()).isEmpty();
    }

    private static FindingRecord drawn(FindingRecord r, int population) {
        return new FindingRecord(r.article(), r.claim(), r.rule(), r.label(), r.reason(), r.labeller(), r.context(),
                new DrawOrigin("before", 7, "pool", "abc", "report.json", population, 40));
    }
}
