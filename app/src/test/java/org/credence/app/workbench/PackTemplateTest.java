package org.credence.app.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.credence.engine.plugins.PluginFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PackTemplateTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "\"{0}\" gets the id {1}")
    @CsvSource({"My Class, my-class", "  Week 3: sources!, week-3-sources", "ÉCOLE 2, cole-2"})
    void aPacksIdIsItsNameInLowerCaseWithDashes(String name, String id) {
        assertThat(PackTemplate.idOf(name)).isEqualTo(id);
    }

    @Test
    void aNameWithoutLettersOrDigitsIsRefused() {
        assertThatThrownBy(() -> PackTemplate.idOf("!!!")).hasMessageContaining("letter or digit");
    }

    @Test
    void aPackFromTheTemplateInstallsBesideTheExampleWithoutClashingRuleIds() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path file = dir.resolve("week-3.json");
        Files.writeString(file, PackTemplate.text("Week 3"));
        PluginFolder folder = new PluginFolder(plugins);
        folder.install(file, false);
        Path example = Path.of("..", "docs", "packs", "classroom-basics.json");
        folder.install(example, false);
        String text = Files.readString(plugins.resolve("week-3.json"));
        assertThat(text).contains("\"pack\": \"week-3\"", "\"name\": \"Week 3\"", "\"id\": \"week-3-second-hand-report\"");
        assertThat(org.credence.engine.pipeline.Engine.rulesIn(plugins).descriptors())
                .extracting(r -> r.id()).contains("week-3-second-hand-report", "second-hand-report");
    }
}
