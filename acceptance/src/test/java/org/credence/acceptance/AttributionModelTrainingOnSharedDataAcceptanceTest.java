package org.credence.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.credence.engine.analysis.attribution.AttributionModel;
import org.credence.engine.analysis.attribution.AttributionModelTrainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `credence train attribution` as a user runs it on PolNeAR (../shared/data/polnear): the same data and settings give
 * the same model file byte for byte, the model loads into the engine through --models, and the bundled model's
 * header says it was made by this command with its defaults from all of PolNeAR's training split. A slice of the
 * data keeps the test short; the whole run is the command in docs/models.md.
 */
class AttributionModelTrainingOnSharedDataAcceptanceTest {

    private static final Duration TRAINING = Duration.ofMinutes(15);

    @TempDir
    Path dir;

    @Test
    void trainingTwiceOnASliceWritesTheSameModelAndTheEngineRunsWithIt() throws Exception {
        Path polnear = Distribution.requireShared("data/polnear");
        Path first = dir.resolve("first").resolve(AttributionModel.FILE_NAME);
        Path second = dir.resolve("second").resolve(AttributionModel.FILE_NAME);
        for (Path out : new Path[] {first, second}) {
            Distribution.Run run = Distribution.credence(TRAINING, "train", "attribution", polnear.toString(),
                    "--limit", "40", "--threads", "2", "--out", out.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("dev, chosen on it: patterns alone").contains("dev, chosen on it: patterns, then model")
                    .contains("source-f1-overlap").contains("model written to " + out);
        }
        assertThat(Files.mismatch(first, second)).as("the two models differ from byte").isEqualTo(-1L);
        AttributionModel trained = AttributionModel.read(first);
        assertThat(trained.properties()).containsEntry("trainingTexts", "40");

        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("a.txt"), "Harbour reopens\n\nThe harbour master said the breakwater had held.");
        Distribution.Run score = Distribution.credence("score", articles.toString(), "--models", first.getParent().toString(),
                "--csv", dir.resolve("out.csv").toString());
        assertThat(score.exitCode()).as(score.err()).isZero();
    }

    @Test
    void theBundledModelWasTrainedOnAllOfTrainWithTheCommandsDefaults() {
        Path train = Distribution.requireShared("data/polnear/train");
        Map<String, String> p = AttributionModel.bundled().properties();
        AttributionModelTrainer.Settings chosen = AttributionModelTrainer.Settings.chosen();
        assertThat(p).containsEntry("algorithm", chosen.algorithm())
                .containsEntry("iterations", Integer.toString(chosen.iterations()))
                .containsEntry("cutoff", Integer.toString(chosen.cutoff()))
                .containsEntry("codec", chosen.bilou() ? "BILOU" : "BIO")
                .containsEntry("beamSize", Integer.toString(chosen.beamSize()))
                .containsEntry("outsideWeight", Double.toString(chosen.outsideWeight()));
        assertThat(Integer.parseInt(p.get("trainingTexts"))).as("texts in %s", train)
                .isEqualTo(train.resolve("text").toFile().list().length);
    }
}
