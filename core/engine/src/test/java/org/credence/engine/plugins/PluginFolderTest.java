package org.credence.engine.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.credence.engine.pipeline.RuleSources;
import org.credence.engine.rules.LoadedRules;
import org.credence.engine.result.PluginStatus;
import org.credence.engine.rules.TestPlugins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Installing, switching and removing real plugin jars and rule packs in a plugins folder. */
class PluginFolderTest {

    private static final String PACK = """
            { "pack": "classroom", "version": "1.0", "rules": [ { "id": "vague-experts",
              "when": { "phrases": ["experts say"] }, "effect": -0.4, "explanation": "{phrase}" } ] }
            """;

    @TempDir
    Path dir;

    private Path plugins;
    private PluginFolder folder;

    @BeforeEach
    void setUp() throws IOException {
        plugins = Files.createDirectories(dir.resolve("installed"));
        folder = new PluginFolder(plugins);
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(plugins)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private List<String> loaded() {
        try (LoadedRules rules = RuleSources.load(plugins, List.of(), List.of())) {
            return rules.plugins().stream().map(p -> p.id() + " " + p.state()).toList();
        }
    }

    @Test
    void aPluginJarAndARulePackAreInstalledLoadedSwitchedOffAndOnAndRemoved() throws Exception {
        Path jar = TestPlugins.jar(dir, "good-plugin", "good-rule", ">=2.0.0", "return List.of();");
        Path pack = Files.writeString(dir.resolve("classroom.json"), PACK);

        assertThat(folder.install(jar, false)).extracting(PluginFolder.Entry::id, PluginFolder.Entry::kind)
                .containsExactly("good-plugin", PluginStatus.PLUGIN);
        assertThat(folder.install(pack, false).id()).isEqualTo("classroom");
        assertThat(files()).containsExactly("classroom.json", "good-plugin.jar");
        assertThat(loaded()).containsExactly("good-plugin STARTED", "classroom STARTED");

        folder.setEnabled("good-plugin", false);
        folder.setEnabled("classroom", false);
        assertThat(loaded()).as("kept in disabled.txt, so a new start sees it")
                .containsExactly("good-plugin DISABLED", "classroom DISABLED");
        folder.setEnabled("classroom", true);
        assertThat(loaded()).containsExactly("good-plugin DISABLED", "classroom STARTED");

        folder.remove("good-plugin");
        folder.remove("classroom");
        assertThat(files()).containsExactly(PluginSwitches.FILE);
        assertThat(new PluginSwitches(plugins).disabled()).as("a removed plugin is forgotten").isEmpty();
    }

    @Test
    void anInstalledIdIsReplacedOnlyWhenAsked() throws Exception {
        Path pack = Files.writeString(dir.resolve("classroom.json"), PACK);
        folder.install(pack, false);
        Path newer = Files.writeString(dir.resolve("classroom-v2.json"), PACK.replace("\"1.0\"", "\"2.0\""));
        PluginFolderException e = catchThrowableOfType(PluginFolderException.class, () -> folder.install(newer, false));
        assertThat(e).hasMessage(newer + ": rule pack classroom is already installed as classroom.json; use --replace"
                + " to replace it");
        assertThat(files()).containsExactly("classroom.json");
        assertThat(folder.install(newer, true).version()).isEqualTo("2.0");
        assertThat(files()).as("the old file goes, the new one stays").containsExactly("classroom-v2.json");
    }

    @Test
    void whatCannotBeInstalledIsRefusedWithItsReasonAndTheFolderIsUnchanged() throws Exception {
        Path future = TestPlugins.jar(dir, "future-plugin", "future-rule", ">=3.0.0", "return List.of();");
        Path notAPlugin = Files.write(dir.resolve("random.jar"), new byte[] {1, 2, 3});
        Path badPack = Files.writeString(dir.resolve("bad.json"), PACK.replace("-0.4", "-4").replace("{phrase}", "{x}"));
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello");

        assertThat(refusal(future)).startsWith(future + ": plugin future-plugin needs plugin API >=3.0.0, but this"
                + " Credence provides ");
        assertThat(refusal(notAPlugin)).startsWith(notAPlugin + ": not a Credence plugin jar");
        assertThat(refusal(text)).isEqualTo(text + ": only plugin jars (.jar) and rule packs (.json) can be installed");
        assertThat(refusal(dir.resolve("missing.jar"))).isEqualTo(dir.resolve("missing.jar") + ": no such file");
        PluginFolderException e = catchThrowableOfType(PluginFolderException.class, () -> folder.install(badPack, false));
        assertThat(e).hasMessage(badPack + ": not a valid rule pack (2 problems)");
        assertThat(e.details()).containsExactly(
                badPack + ":2: rules[0].effect: must be a strength from -1 (lowers the score) to 1 (raises it), was -4",
                badPack + ":2: rules[0].explanation: {x} is not a placeholder; use one of {claim}, {cue}, {kind}, {noun},"
                        + " {phrase}, {quantity}, {source}");
        assertThat(files()).isEmpty();
    }

    @Test
    void switchingOrRemovingAnUnknownIdNamesWhatIsInstalled() throws Exception {
        folder.install(Files.writeString(dir.resolve("classroom.json"), PACK), false);
        PluginFolderException e = catchThrowableOfType(PluginFolderException.class, () -> folder.remove("nope"));
        assertThat(e).hasMessage("no plugin or rule pack nope in " + plugins + "; installed: classroom");
        assertThat(catchThrowableOfType(PluginFolderException.class, () -> folder.setEnabled("nope", false)))
                .isNotNull();
        assertThat(files()).containsExactly("classroom.json");
    }

    private String refusal(Path file) {
        PluginFolderException e = catchThrowableOfType(PluginFolderException.class, () -> folder.install(file, false));
        assertThat(e).as("%s should be refused", file).isNotNull();
        return e.getMessage();
    }
}
