package org.credence.engine.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Real PF4J plugin jars for tests: a rule compiled with javac, a descriptor and an extension index, in a jar. */
public final class TestPlugins {

    private TestPlugins() {
    }

    /**
     * Builds {@code dir/plugins/PLUGIN_ID.jar} holding one rule.
     *
     * @param evaluateBody the body of {@code evaluate(RuleContext c)}
     */
    public static Path jar(Path dir, String pluginId, String ruleId, String requires, String evaluateBody)
            throws IOException {
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
        if (rc != 0) {
            throw new IllegalStateException("javac failed on the test rule of " + pluginId);
        }
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
}
