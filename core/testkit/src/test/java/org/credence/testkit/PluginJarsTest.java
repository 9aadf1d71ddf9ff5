package org.credence.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginJarsTest {

    @TempDir
    Path dir;

    @Test
    void aJarWithItsDescriptorInTheManifestPasses() throws Exception {
        Path jar = jar("manifest.jar", true, true, false);
        assertThatCode(() -> PluginJars.assertLoadable(jar, "jar-rule", JarRule.class)).doesNotThrowAnyException();
    }

    @Test
    void aJarWithPluginPropertiesPasses() throws Exception {
        Path jar = jar("properties.jar", false, true, true);
        assertThatCode(() -> PluginJars.assertLoadable(jar, "jar-rule", JarRule.class)).doesNotThrowAnyException();
    }

    @Test
    void aJarWithoutTheExtensionIndexFails() throws Exception {
        Path jar = jar("no-index.jar", true, false, false);
        assertThatThrownBy(() -> PluginJars.assertLoadable(jar, "jar-rule", JarRule.class))
                .hasMessageContaining("META-INF/extensions.idx");
    }

    @Test
    void aJarForAnotherPluginApiFails() throws Exception {
        Path jar = jar("api-3.jar", true, true, false, ">=3.0.0");
        assertThatThrownBy(() -> PluginJars.assertLoadable(jar, "jar-rule", JarRule.class))
                .hasMessageContaining("requires plugin API >=3.0.0; this Credence provides 2.");
    }

    @Test
    void aJarWithoutADescriptorFails() throws Exception {
        Path jar = jar("bare.jar", false, true, false);
        assertThatThrownBy(() -> PluginJars.assertLoadable(jar, "jar-rule", JarRule.class))
                .hasMessageContaining("PF4J finds no descriptor");
    }

    private Path jar(String name, boolean manifestDescriptor, boolean index, boolean properties) throws IOException {
        return jar(name, manifestDescriptor, index, properties, ">=2.0.0 & <3.0.0");
    }

    private Path jar(String name, boolean manifestDescriptor, boolean index, boolean properties, String requires)
            throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (manifestDescriptor) {
            main.putValue("Plugin-Id", "jar-rule");
            main.putValue("Plugin-Version", "1.0.0");
            main.putValue("Plugin-Requires", requires);
            main.putValue("Plugin-Provider", "a test");
        }
        Path jar = dir.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            String classFile = JarRule.class.getName().replace('.', '/') + ".class";
            out.putNextEntry(new JarEntry(classFile));
            try (InputStream in = JarRule.class.getResourceAsStream("/" + classFile)) {
                in.transferTo(out);
            }
            if (index) {
                write(out, "META-INF/extensions.idx", JarRule.class.getName() + "\n");
            }
            if (properties) {
                write(out, "plugin.properties", "plugin.id=jar-rule\nplugin.version=1.0.0\n"
                        + "plugin.requires=>=2.0.0 & <3.0.0\nplugin.provider=a test\n");
            }
        }
        return jar;
    }

    private static void write(JarOutputStream out, String entry, String text) throws IOException {
        out.putNextEntry(new JarEntry(entry));
        OutputStream o = out;
        o.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
