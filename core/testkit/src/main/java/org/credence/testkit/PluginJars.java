package org.credence.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import org.credence.api.ApiVersion;
import org.pf4j.CompoundPluginDescriptorFinder;
import org.pf4j.DefaultVersionManager;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginDescriptor;
import org.pf4j.PropertiesPluginDescriptorFinder;

/**
 * Checks a built plugin jar the way PF4J will read it: a descriptor (plugin.properties at its root, or
 * {@code Plugin-Id} and the like in its manifest) whose {@code requires} this Credence's plugin API meets, and
 * META-INF/extensions.idx naming the rule class (written by PF4J's annotation processor from {@code @Extension}). A
 * jar without the index loads without error and silently contributes no rule, so every plugin should test this.
 *
 * <p>The jar is read, not loaded: in a test JVM the module's own classes and index are on the class path, and PF4J
 * would find the rule through them even in a jar that lacks it.
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
        PluginDescriptor d = descriptor(jar);
        assertThat(d.getPluginId()).as("the plugin id in %s", jar).isEqualTo(pluginId);
        assertThat(d.getVersion()).as("the plugin version in %s", jar).isNotBlank();
        assertThat(d.getRequires()).as("the plugin API version the plugin requires (plugin.requires, Plugin-Requires)")
                .isNotBlank().isNotEqualTo("*");
        assertThat(new DefaultVersionManager().checkVersionConstraint(ApiVersion.current(), d.getRequires()))
                .as("%s requires plugin API %s; this Credence provides %s", jar, d.getRequires(), ApiVersion.current())
                .isTrue();
        try (JarFile file = new JarFile(jar.toFile())) {
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

    /** The descriptor as PF4J's own finders read it in deployment: plugin.properties first, then the manifest. */
    private static PluginDescriptor descriptor(Path jar) {
        String wanted = "PF4J finds no descriptor in " + jar + " (plugin.properties at its root, or Plugin-Id and the "
                + "like in its manifest)";
        PluginDescriptor d;
        try {
            d = new CompoundPluginDescriptorFinder().add(new PropertiesPluginDescriptorFinder())
                    .add(new ManifestPluginDescriptorFinder()).find(jar);
        } catch (RuntimeException e) {
            throw new AssertionError(wanted + ": " + e.getMessage(), e);
        }
        if (d == null || d.getPluginId() == null || d.getPluginId().isBlank()) {
            throw new AssertionError(wanted);
        }
        return d;
    }
}
