package org.credence.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * Checks a built plugin jar the way PF4J will read it: plugin.properties at its root with an id, and
 * META-INF/extensions.idx naming the rule class (written by PF4J's annotation processor from {@code @Extension}).
 * A jar without the index loads without error and silently contributes no rule, so every plugin should test this.
 */
public final class PluginJars {

    private PluginJars() {
    }

    /** The jar Maven built for the plugin module the test runs in ({@code target/ARTIFACT-VERSION.jar}). */
    public static Path builtJar() throws IOException {
        Path target = Path.of("target");
        try (var files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-sources.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("no plugin jar in " + target.toAbsolutePath()
                            + "; integration tests run after `package`"));
        }
    }

    /** Asserts the jar has a descriptor for {@code pluginId} and an extension index naming {@code ruleClass}. */
    public static void assertLoadable(Path jar, String pluginId, Class<?> ruleClass) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            ZipEntry descriptor = file.getEntry("plugin.properties");
            assertThat(descriptor).as("plugin.properties at the root of %s", jar).isNotNull();
            Properties p = new Properties();
            try (InputStream in = file.getInputStream(descriptor)) {
                p.load(in);
            }
            assertThat(p.getProperty("plugin.id")).isEqualTo(pluginId);
            assertThat(p.getProperty("plugin.requires")).as("plugin.requires").isNotBlank();
            ZipEntry index = file.getEntry("META-INF/extensions.idx");
            assertThat(index).as("META-INF/extensions.idx in %s", jar).isNotNull();
            try (InputStream in = file.getInputStream(index)) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains(ruleClass.getName());
            }
            assertThat(file.getEntry(ruleClass.getName().replace('.', '/') + ".class")).isNotNull();
            assertThat(file.getEntry("org/credence/api/CredibilityRule.class"))
                    .as("the plugin API must not be bundled in the plugin jar").isNull();
        }
    }
}
