package org.credence.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;


import org.credence.engine.plugins.PluginSwitches;
import org.credence.engine.result.RuleDescriptor;
import org.credence.engine.rules.FolderFiles;
import org.credence.engine.rules.LoadedRules;
import org.credence.engine.rules.TestPlugins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds real plugin jars in a temporary folder and loads them with PF4J, as the distribution does. */
class RuleSourcesTest {

    @TempDir
    Path dir;

    private Path pluginJar(String pluginId, String ruleId, String requires, String evaluateBody) throws IOException {
        return TestPlugins.jar(dir, pluginId, ruleId, requires, evaluateBody);
    }

    @Test
    void rulesInPluginJarsAreLoadedWithTheirPluginAndChecksum() throws IOException {
        Path jar = pluginJar("good-plugin", "good-rule", ">=2.0.0 & <3.0.0", "return List.of();");
        try (LoadedRules loaded = RuleSources.load(jar.getParent(), List.of(), List.of())) {
            assertThat(loaded.failures()).isEmpty();
            assertThat(loaded.descriptors()).singleElement().satisfies(d -> {
                assertThat(d.id()).isEqualTo("good-rule");
                assertThat(d.pluginId()).isEqualTo("good-plugin");
                assertThat(d.pluginVersion()).isEqualTo("1.2.3");
            });
            assertThat(loaded.plugins()).singleElement().satisfies(p -> {
                assertThat(p.state()).isEqualTo("STARTED");
                assertThat(p.license()).isEqualTo("MIT");
                assertThat(p.sha256()).hasSize(64).isEqualTo(FolderFiles.sha256(jar));
            });
        }
    }

    @Test
    void aPluginForAnotherApiACorruptJarAndADuplicateIdFailAloneWhileOthersLoad() throws IOException {
        pluginJar("a-good", "shared-rule", ">=2.0.0 & <3.0.0", "return List.of();");
        pluginJar("b-future", "future-rule", ">=3.0.0", "return List.of();");
        pluginJar("c-duplicate", "shared-rule", "*", "return List.of();");
        Path plugins = dir.resolve("plugins");
        Files.write(plugins.resolve("d-corrupt.jar"), new byte[] {1, 2, 3, 4});
        try (LoadedRules loaded = RuleSources.load(plugins, List.of(), List.of())) {
            assertThat(loaded.descriptors()).extracting(RuleDescriptor::id).containsExactly("shared-rule");
            assertThat(loaded.failures()).extracting(f -> f.pluginId() + ": " + f.reason())
                    .anySatisfy(s -> assertThat(s).startsWith("b-future: needs plugin API >=3.0.0, but this Credence provides"))
                    .anySatisfy(s -> assertThat(s).startsWith("c-duplicate: rule id shared-rule is already taken by plugin a-good"))
                    .anySatisfy(s -> assertThat(s).startsWith("d-corrupt.jar: cannot load"));
        }
    }

    @Test
    void aMissingPluginsFolderIsReportedNotFatal() {
        try (LoadedRules loaded = RuleSources.load(dir.resolve("nope"), List.of(), List.of())) {
            assertThat(loaded.rules()).isEmpty();
            assertThat(loaded.failures()).singleElement()
                    .satisfies(f -> assertThat(f.reason()).isEqualTo("the plugins folder does not exist"));
        }
    }

    @Test
    void rulePacksInThePluginsFolderLoadBesidePluginJarsAndABrokenPackFailsAloneWithItsLine() throws IOException {
        pluginJar("a-good", "good-rule", "*", "return List.of();");
        Path plugins = dir.resolve("plugins");
        Files.writeString(plugins.resolve("classroom.json"), """
                { "pack": "classroom", "version": "2", "author": "A. Trainer", "license": "CC-BY-4.0",
                  "rules": [ { "id": "vague-experts", "when": { "phrases": ["experts say"] },
                               "effect": -0.4, "explanation": "{phrase}" } ] }
                """);
        Files.writeString(plugins.resolve("broken.json"), """
                { "pack": "broken",
                  "rules": [ { "id": "x", "when": { "cues": ["HEDGE"] },
                               "effect": 3, "explanation": "e" } ] }
                """);
        try (LoadedRules loaded = RuleSources.load(plugins, List.of(), List.of())) {
            assertThat(loaded.descriptors()).extracting(d -> d.id() + " from " + d.pluginId() + "@" + d.pluginVersion())
                    .containsExactly("good-rule from a-good@1.2.3", "vague-experts from classroom@2");
            assertThat(loaded.plugins()).extracting(p -> p.id() + " " + p.kind() + " " + p.state())
                    .containsExactly("a-good plugin STARTED", "broken.json rule pack FAILED", "classroom rule pack STARTED");
            assertThat(loaded.plugins().get(2).sha256()).isEqualTo(FolderFiles.sha256(plugins.resolve("classroom.json")));
            assertThat(loaded.plugins().get(2).license()).isEqualTo("CC-BY-4.0");
            assertThat(loaded.failures()).singleElement().satisfies(f -> {
                assertThat(f.pluginId()).isEqualTo("broken.json");
                assertThat(f.reason()).isEqualTo("line 3: rules[0].effect must be a strength from -1 (lowers the score)"
                        + " to 1 (raises it), was 3");
            });
        }
    }

    @Test
    void pluginsAndPacksListedInDisabledTxtAreListedAsDisabledAndGiveNoRules() throws IOException {
        pluginJar("a-good", "good-rule", "*", "return List.of();");
        pluginJar("b-off", "off-rule", "*", "return List.of();");
        Path plugins = dir.resolve("plugins");
        Files.writeString(plugins.resolve("pack.json"), """
                { "pack": "pack-off", "rules": [ { "id": "pack-rule", "when": { "cues": ["HEDGE"] },
                  "effect": -0.2, "explanation": "hedged" } ] }
                """);
        new PluginSwitches(plugins).set("b-off", false);
        new PluginSwitches(plugins).set("pack-off", false);
        try (LoadedRules loaded = RuleSources.load(plugins, List.of(), List.of())) {
            assertThat(loaded.descriptors()).extracting(RuleDescriptor::id).containsExactly("good-rule");
            assertThat(loaded.plugins()).extracting(p -> p.id() + " " + p.state())
                    .containsExactly("a-good STARTED", "b-off DISABLED", "pack-off DISABLED");
            assertThat(loaded.failures()).isEmpty();
        }
    }

    @Test
    void aUsersOwnFolderLoadsAfterTheInstallationsWithItsOwnSwitches() throws IOException {
        Path installed = pluginJar("bundled", "bundled-rule", "*", "return List.of();").getParent();
        Path own = Files.createDirectories(dir.resolve("own"));
        Files.writeString(own.resolve("mine.json"), """
                { "pack": "mine", "version": "1", "rules": [ { "id": "my-rule", "when": { "phrases": ["experts say"] },
                  "effect": -0.4, "explanation": "{phrase}" } ] }
                """);
        Files.writeString(own.resolve("off.json"), """
                { "pack": "off", "version": "1", "rules": [ { "id": "off-rule", "when": { "phrases": ["maybe"] },
                  "effect": -0.4, "explanation": "{phrase}" } ] }
                """);
        new PluginSwitches(own).set("off", false);
        try (LoadedRules loaded = RuleSources.load(installed, List.of(own), List.of(), List.of())) {
            assertThat(loaded.failures()).isEmpty();
            assertThat(loaded.descriptors()).extracting(RuleDescriptor::id).containsExactly("bundled-rule", "my-rule");
        }
    }
}
