package org.credence.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinearModelFileTest {

    @TempDir
    Path dir;

    private static LinearModel model() {
        Map<String, String> about = new LinkedHashMap<>();
        about.put("data", "our own");
        about.put("seed", "7");
        return new LinearModel("uncertainty", about, -1.25, 0.4,
                Map.of("w=may", 1.5f, "b=in may", -2.0f, "len=<5", 0.1f), List.of("may", "is said to"));
    }

    private static byte[] bytes(LinearModel m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LinearModelFile.write(m, out);
        return out.toByteArray();
    }

    @Test
    void aModelReadsBackWithTheSameDecisionsAndTheSameBytes() throws IOException {
        LinearModel m = model();
        Path file = dir.resolve("uncertainty.model");
        Files.write(file, bytes(m));
        LinearModel back = LinearModelFile.read(file, "uncertainty");
        assertThat(back.weights()).isEqualTo(m.weights());
        assertThat(back.vocabulary()).containsExactly("is said to", "may");
        assertThat(back.about()).containsExactlyEntriesOf(m.about());
        assertThat(back.bias()).isEqualTo(m.bias());
        assertThat(back.threshold()).isEqualTo(m.threshold());
        assertThat(bytes(back)).isEqualTo(Files.readAllBytes(file));
        LinearModel.Scoring s = back.scoring();
        s.add("w=may");
        assertThat(s.probability()).isCloseTo(1 / (1 + Math.exp(-(-1.25 + 1.5))), org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void unknownFeaturesWeighNothing() {
        LinearModel.Scoring s = model().scoring();
        s.add("w=harbour");
        assertThat(s.probability()).isCloseTo(1 / (1 + Math.exp(1.25)), org.assertj.core.api.Assertions.within(1e-6));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
        hello                                                     | not a Credence model
        credence-linear-model\\t9                                 | model format 9 is not supported
        credence-linear-model\\t1\\nkind\\tuncertainty            | needs a kind, a bias and a threshold
        credence-linear-model\\t1\\nkind\\tcheck-worthiness\\nbias\\t0\\nthreshold\\t0.5 | is a check-worthiness model, not a uncertainty model
        credence-linear-model\\t1\\nkind\\tuncertainty\\nbias\\tlow | :3:
        credence-linear-model\\t1\\nkind\\tuncertainty\\nbias\\t0\\nthreshold\\t1.5 | threshold must lie strictly between 0 and 1
        credence-linear-model\\t1\\nkind\\tuncertainty\\nsize\\t3 | :3: unknown entry 'size'
        """)
    void aBadModelFileIsNamedWithItsFault(String content, String fault) throws IOException {
        Path file = dir.resolve("uncertainty.model");
        Files.writeString(file, content.replace("\\t", "\t").replace("\\n", "\n"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> LinearModelFile.read(file, "uncertainty")).isInstanceOf(ModelException.class)
                .hasMessageStartingWith(file.toString()).hasMessageContaining(fault);
    }

    @Test
    void aFolderOfModelsReplacesTheShippedOneOfTheSameNameOnly() throws IOException {
        Files.write(dir.resolve("uncertainty.model"), bytes(model()));
        Models models = Models.withOverrides(dir);
        assertThat(models.get(Models.UNCERTAINTY).about()).containsEntry("data", "our own");
        assertThat(models.origin(Models.UNCERTAINTY)).isEqualTo(dir.resolve("uncertainty.model").toString());
        assertThat(models.get(Models.CHECK_WORTHINESS).kind()).isEqualTo(Models.CHECK_WORTHINESS);
        assertThat(models.origin(Models.CHECK_WORTHINESS)).endsWith("(shipped)");
        assertThatThrownBy(() -> Models.withOverrides(dir.resolve("missing"))).isInstanceOf(ModelException.class)
                .hasMessageContaining("missing");
    }

    @Test
    void theShippedModelsAreSmall() throws IOException {
        for (String kind : List.of(Models.CHECK_WORTHINESS, Models.UNCERTAINTY)) {
            try (var in = Models.class.getResourceAsStream("/org/credence/engine/model/" + kind + ".model")) {
                assertThat(in).as(kind).isNotNull();
                assertThat(in.readAllBytes().length).as(kind).isLessThan(5 * 1024 * 1024);
            }
        }
    }

    @Test
    void bytesOfTheSameModelAreTheSame() throws IOException {
        assertThat(bytes(model())).isEqualTo(bytes(LinearModelFile.read(new ByteArrayInputStream(bytes(model())), "m",
                "uncertainty")));
    }
}
