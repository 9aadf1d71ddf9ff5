package org.credence.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds real plugin jars in a temporary folder and loads them with PF4J, as the distribution does. */
class PluginRuleLoaderTest {

    @TempDir
    Path dir;

    private Path pluginJar(String pluginId, String ruleId, String requires, String evaluateBody) throws IOException {
        Path src = dir.resolve("src-" + pluginId);
        Path classes = dir.resolve("classes-" + pluginId);
        Files.createDirectories(src.resolve("p"));
        Files.createDirectories(classes);
        String cls = "Rule" + Math.abs(pluginId.hashCode());
        Files.writeString(src.resolve("p/" + cls + ".java"), """
                package p;
                import java.util.List;
                import org.credence.api.*;
                public class %s implements CredibilityRule {
                    public RuleInfo info() { return new RuleInfo("%s", "A test rule", "", 0.5, ""); }
                    public List<Finding> evaluate(RuleContext c) { %s }
                }
                """.formatted(cls, ruleId, evaluateBody));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, "-proc:none", "-d", classes.toString(), "-cp",
                System.getProperty("java.class.path"), src.resolve("p/" + cls + ".java").toString());
        assertThat(rc).isZero();
        Path jar = dir.resolve("plugins/" + pluginId + ".jar");
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            entry(out, "plugin.properties", "plugin.id=" + pluginId + "\nplugin.version=1.2.3\nplugin.provider=Tests\n"
                    + "plugin.requires=" + requires + "\nplugin.license=MIT\n");
            entry(out, "META-INF/extensions.idx", "p." + cls + "\n");
            out.putNextEntry(new JarEntry("p/" + cls + ".class"));
            out.write(Files.readAllBytes(classes.resolve("p/" + cls + ".class")));
            out.closeEntry();
        }
        return jar;
    }

    private static void entry(JarOutputStream out, String name, String content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    @Test
    void rulesInPluginJarsAreLoadedWithTheirPluginAndChecksum() throws IOException {
        Path jar = pluginJar("good-plugin", "good-rule", ">=1.0.0 & <2.0.0", "return List.of();");
        try (LoadedRules loaded = new PluginRuleLoader().load(jar.getParent(), List.of(), List.of())) {
            assertThat(loaded.failures()).isEmpty();
            assertThat(loaded.descriptors()).singleElement().satisfies(d -> {
                assertThat(d.id()).isEqualTo("good-rule");
                assertThat(d.pluginId()).isEqualTo("good-plugin");
                assertThat(d.pluginVersion()).isEqualTo("1.2.3");
            });
            assertThat(loaded.plugins()).singleElement().satisfies(p -> {
                assertThat(p.state()).isEqualTo("STARTED");
                assertThat(p.license()).isEqualTo("MIT");
                assertThat(p.sha256()).hasSize(64).isEqualTo(PluginRuleLoader.sha256(jar));
            });
        }
    }

    @Test
    void aPluginForAnotherApiACorruptJarAndADuplicateIdFailAloneWhileOthersLoad() throws IOException {
        pluginJar("a-good", "shared-rule", ">=1.0.0 & <2.0.0", "return List.of();");
        pluginJar("b-future", "future-rule", ">=2.0.0", "return List.of();");
        pluginJar("c-duplicate", "shared-rule", "*", "return List.of();");
        Path plugins = dir.resolve("plugins");
        Files.write(plugins.resolve("d-corrupt.jar"), new byte[] {1, 2, 3, 4});
        try (LoadedRules loaded = new PluginRuleLoader().load(plugins, List.of(), List.of())) {
            assertThat(loaded.descriptors()).extracting(RuleDescriptor::id).containsExactly("shared-rule");
            assertThat(loaded.failures()).extracting(f -> f.pluginId() + ": " + f.reason())
                    .anySatisfy(s -> assertThat(s).startsWith("b-future: needs plugin API >=2.0.0, but this Credence provides"))
                    .anySatisfy(s -> assertThat(s).startsWith("c-duplicate: rule id shared-rule is already taken by plugin a-good"))
                    .anySatisfy(s -> assertThat(s).startsWith("d-corrupt.jar: cannot load"));
        }
    }

    @Test
    void aMissingPluginsFolderIsReportedNotFatal() {
        try (LoadedRules loaded = new PluginRuleLoader().load(dir.resolve("nope"), List.of(), List.of())) {
            assertThat(loaded.rules()).isEmpty();
            assertThat(loaded.failures()).singleElement()
                    .satisfies(f -> assertThat(f.reason()).isEqualTo("the plugins folder does not exist"));
        }
    }

}
