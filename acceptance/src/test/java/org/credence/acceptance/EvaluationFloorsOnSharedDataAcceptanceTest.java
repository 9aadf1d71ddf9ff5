package org.credence.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI floor check: {@code credence eval all DATA --fast --floors eval/floors.json} on the data sets in
 * ../shared/data passes as things stand, and fails, naming the figure, when a change makes Credence worse.
 * Skipped where ../shared is absent.
 */
class EvaluationFloorsOnSharedDataAcceptanceTest {

    private static final Path FLOORS = Path.of("..", "eval", "floors.json").toAbsolutePath().normalize();
    private static final Path SHIPPED_UNCERTAINTY = Path.of("..", "core", "engine", "src", "main", "resources", "org",
            "credence", "engine", "model", "uncertainty.model").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void theFastSliceOfEveryDataSetStaysAboveTheRepositorysFloors() throws IOException, InterruptedException {
        Path data = Distribution.requireShared("data");
        Path json = dir.resolve("figures.json");
        Distribution.Run run = Distribution.credence("eval", "all", data.toString(), "--fast",
                "--floors", FLOORS.toString(), "--json", json.toString());
        System.out.print(run.out());
        assertThat(run.err()).doesNotContain("below its floor");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode results = new ObjectMapper().readTree(json.toFile());
        assertThat(results.findValuesAsText("dataset"))
                .containsExactly("checkthat", "claimbuster", "szeged", "polnear", "fakes", "stories");
        for (JsonNode result : results) {
            assertThat(result.get("items").asInt()).as(result.get("dataset").asText()).isPositive();
        }
    }

    @Test
    void hedgeDetectionWithItsCuesAndItsModelRemovedFallsBelowItsFloorAndFailsTheCheck()
            throws IOException, InterruptedException {
        Path data = Distribution.requireShared("data");
        // a trainer's lexicon that lost its hedges and weasel words, and an uncertainty model that never says yes:
        // the kind of regression the floors are for
        Path lexicons = Files.createDirectories(dir.resolve("lexicons"));
        Files.writeString(lexicons.resolve("cues.json"),
                "{\"description\": \"hedges lost\", \"groups\": {\"DENIAL\": [\"denied\"]}}");
        Path models = Files.createDirectories(dir.resolve("models"));
        Files.writeString(models.resolve("uncertainty.model"), Files.readString(SHIPPED_UNCERTAINTY)
                .replaceFirst("(?m)^threshold\t.*$", "threshold\t0.999999"));
        Distribution.Run run = Distribution.credence("eval", "szeged", data.resolve("szeged-uncertainty/wiki.sentences.tsv")
                .toString(), "--limit", "2000", "--lexicons", lexicons.toString(), "--models", models.toString(),
                "--floors", FLOORS.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err().lines().filter(l -> l.contains("below its floor")).toList())
                .containsExactly("credence: szeged heldout-f1 is 0.000, below its floor 0.840",
                        "credence: szeged heldout-precision is 0.000, below its floor 0.800");
    }

    @Test
    void anUnreadableDataSetIsNamedAndTheOthersAreStillMeasured() throws IOException, InterruptedException {
        Path data = Distribution.requireShared("data");
        Path broken = dir.resolve("data");
        Files.createDirectories(broken.resolve("claimbuster"));
        Files.writeString(broken.resolve("claimbuster/train.json"), "[{\"text\": ");
        Files.createDirectories(broken.resolve("fa-kes"));
        Files.copy(data.resolve("fa-kes/fa-kes.csv"), broken.resolve("fa-kes/fa-kes.csv"));
        Distribution.Run run = Distribution.credence("eval", "all", broken.toString(), "--limit", "50");
        assertThat(run.exitCode()).isEqualTo(1);
        List<String> errors = run.err().lines().filter(l -> l.contains(broken.toString())).toList();
        assertThat(errors).hasSize(5).allMatch(l -> l.startsWith("credence: " + broken));
        assertThat(errors).anyMatch(l -> l.contains("claimbuster/train.json: is not valid JSON"));
        assertThat(run.out()).contains("fakes").contains("auc");
    }
}
