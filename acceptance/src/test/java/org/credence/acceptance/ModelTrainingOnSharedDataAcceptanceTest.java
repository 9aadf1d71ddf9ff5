package org.credence.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped learned models are what {@code credence train} makes of the shared data with the default seed, byte for
 * byte (docs/models.md gives the commands), and a model trained elsewhere is used through {@code --models}. Skipped
 * where ../shared is absent.
 */
class ModelTrainingOnSharedDataAcceptanceTest {

    private static final Path SHIPPED = Path.of("..", "core", "engine", "src", "main", "resources", "org", "credence",
            "engine", "model").toAbsolutePath().normalize();
    private static final Duration TRAINING = Duration.ofMinutes(15);

    @TempDir
    Path dir;

    @Test
    void theShippedCheckWorthinessModelIsRebuiltByteForByte() throws IOException, InterruptedException {
        Path data = Distribution.requireShared("data");
        Path out = dir.resolve("check-worthiness.model");
        Distribution.Run run = Distribution.credence(TRAINING, "train", "check-worthiness",
                data.resolve("claimbuster/train.json").toString(),
                "--exclude", data.resolve("checkthat-2019/training").toString(), "--out", out.toString(), "--seed", "42");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("wrote " + out);
        assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(SHIPPED.resolve("check-worthiness.model")));
    }

    @Test
    void theShippedUncertaintyModelIsRebuiltByteForByteAndAnotherSeedsModelIsUsedThroughModels()
            throws IOException, InterruptedException {
        Path data = Distribution.requireShared("data");
        Path tsv = data.resolve("szeged-uncertainty/wiki.sentences.tsv");
        Path out = dir.resolve("uncertainty.model");
        Distribution.Run run = Distribution.credence(TRAINING, "train", "uncertainty", tsv.toString(), "--out",
                out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(SHIPPED.resolve("uncertainty.model")));

        // a model that never says yes, put in a models folder, takes the shipped one's place: no speculation is found
        Path models = Files.createDirectories(dir.resolve("models"));
        String silent = Files.readString(out).replaceFirst("(?m)^threshold\t.*$", "threshold\t0.999999");
        Files.writeString(models.resolve("uncertainty.model"), silent);
        Path article = dir.resolve("a.txt");
        Files.writeString(article, "The death toll may rise above 200, the Karvala health ministry said on Monday.");
        Path shipped = dir.resolve("shipped.json");
        Path replaced = dir.resolve("replaced.json");
        Distribution.Run withShipped = Distribution.credence("score", article.toString(), "--json", shipped.toString());
        Distribution.Run withReplaced = Distribution.credence("score", article.toString(), "--json", replaced.toString(),
                "--models", models.toString());
        assertThat(withShipped.exitCode()).as(withShipped.err()).isZero();
        assertThat(withReplaced.exitCode()).as(withReplaced.err()).isZero();
        assertThat(Files.readString(shipped)).contains("SPECULATION");
        assertThat(Files.readString(replaced)).doesNotContain("SPECULATION");
    }

    @Test
    void aMissingDataFileIsNamedAndNothingIsWritten() throws IOException, InterruptedException {
        Path out = dir.resolve("check-worthiness.model");
        Distribution.Run run = Distribution.credence("train", "check-worthiness", dir.resolve("none.json").toString(),
                "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("credence: " + dir.resolve("none.json") + ": no such file or folder");
        assertThat(out).doesNotExist();
    }
}
