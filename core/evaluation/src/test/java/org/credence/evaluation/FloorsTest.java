package org.credence.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FloorsTest {

    private static final List<String> DATASETS = new Evaluations().datasets();

    @TempDir
    Path dir;

    private static EvaluationResult szeged(double f1) {
        return new EvaluationResult("szeged", "wiki.tsv", 100, "sentences",
                List.of(Figure.of("precision", 0.5), Figure.anchored("f1", f1, 0.602, "best")));
    }

    @ParameterizedTest(name = "f1 {0} against floor {1}: breached {2}")
    @CsvSource({
            "0.40, 0.30, false",
            "0.30, 0.30, false",
            "0.29, 0.30, true",
            "NaN,  0.30, true"})
    void aFigureBelowItsFloorIsABreach(double f1, double floor, boolean breached) {
        Floors floors = new Floors(Map.of("szeged", Map.of("f1", floor)));
        assertThat(floors.check(List.of(szeged(f1)))).hasSize(breached ? 1 : 0);
    }

    @Test
    void aBreachSaysWhichFigureFellAndHowFar() {
        Floors floors = new Floors(Map.of("szeged", Map.of("f1", 0.3)));
        assertThat(floors.check(List.of(szeged(0.25)))).extracting(Floors.Breach::describe)
                .containsExactly("szeged f1 is 0.250, below its floor 0.300");
    }

    @Test
    void aFigureThatWasNotMeasuredIsABreach() {
        Floors floors = new Floors(Map.of("szeged", Map.of("recall", 0.1)));
        assertThat(floors.check(List.of(szeged(0.5)))).extracting(Floors.Breach::describe)
                .containsExactly("szeged recall was not measured (floor 0.100)");
    }

    @Test
    void dataSetsNotMeasuredAreNotChecked() {
        Floors floors = new Floors(Map.of("checkthat", Map.of("map", 0.9)));
        assertThat(floors.check(List.of(szeged(0.5)))).isEmpty();
    }

    @Test
    void theRepositorysFloorsFileIsValid() {
        Path repoFloors = Path.of("../../eval/floors.json");
        List<String> known = new java.util.ArrayList<>(DATASETS);
        known.add(org.credence.evaluation.findings.FindingsPrecision.DATASET);
        Floors floors = Floors.read(repoFloors, known);
        // every data set but FA-KES, whose AUC is at chance and so has no floor (docs/evaluation.md, "The CI floors"),
        // and the precision of each rule on the labelled findings (docs/labelling-findings.md)
        assertThat(floors.byDataset().keySet()).containsExactlyInAnyOrderElementsOf(
                known.stream().filter(d -> !d.equals("fakes")).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"floors": {"szeged": {"f1": 0.3}}, }                | cannot be read as JSON
            {"limits": {}}                                      | needs an object "floors"
            {"floors": {"wikipedia": {"f1": 0.3}}}              | floors.wikipedia is not a data set
            {"floors": {"szeged": {"f1": "high"}}}              | floors.szeged.f1 must be a number
            """)
    void aBadFloorsFileIsNamedWithItsFault(String content, String fault) throws IOException {
        Path file = dir.resolve("floors.json");
        Files.writeString(file, content);
        assertThatThrownBy(() -> Floors.read(file, DATASETS)).hasMessageStartingWith(file + ": " + fault);
    }
}
