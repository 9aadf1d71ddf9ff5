package org.credence.app.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.lang.model.SourceVersion;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.LinkOption;

import org.credence.api.ApiVersion;
import org.credence.engine.io.OneLine;

/**
 * Writes a standalone Maven project for a new rule plugin: an example rule, its tests (one-line assertions and the
 * test kit's rule contract), a pom that builds a PF4J plugin jar against this Credence, and the Maven wrapper. The
 * templates are resources beside this class ({@code scaffold/*.tmpl}); {@code {{key}}} marks what is filled in.
 *
 * <p>The project is written into a hidden folder beside the target and moved into place when complete, so a failure
 * leaves nothing half-written, and an existing folder is never touched.
 */
public final class RuleScaffold {

    /** A rule id, as {@link org.credence.api.RuleInfo} requires: lower-case words and digits joined by hyphens. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z0-9.-]+)}}");
    private static final String RESOURCES = "/org/credence/app/scaffold/";
    /** The version a new rule project starts at, which is also its plugin version. */
    public static final String PROJECT_VERSION = "1.0.0";
    static final String DESCRIPTION = "Flags claims that lean on faceless sources (\"sources say\", \"media reports\") "
            + "instead of naming who is speaking.";

    /** A generated file: its template (or wrapper file) and where it goes in the project. */
    public record Entry(String resource, String target, boolean template, boolean executable) {
    }

    /** What was made, for the command to report. */
    public record Result(Path project, String ruleClass, String javaPackage, List<String> files) {
    }

    /** A name, package or folder the scaffold refuses; its message is one line for the user. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final boolean usage;

        Refused(String message, boolean usage) {
            super(message);
            this.usage = usage;
        }

        /** @return true when the command line was wrong (a bad name or package), false when the folder is the problem */
        public boolean usage() {
            return usage;
        }
    }

    /**
     * Creates {@code dir/name}.
     *
     * @param dir         the folder to create the project in; made when absent
     * @param name        the rule's id, also the project's folder and artifact id
     * @param javaPackage the rule's Java package, or null for {@link #defaultPackage}
     * @param provider    who provides the plugin, for its descriptor
     * @throws Refused when the name or package is invalid, or {@code dir/name} exists
     */
    public Result create(Path dir, String name, String javaPackage, String provider) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new Refused("'" + name + "' is not a valid rule name: use lower-case letters and digits, words joined "
                    + "by single hyphens (sources-say)", true);
        }
        String pkg = javaPackage == null ? defaultPackage(name) : javaPackage;
        if (!SourceVersion.isName(pkg)) {
            throw new Refused("'" + pkg + "' is not a valid Java package name (org.example.rules)", true);
        }
        Path project = dir.resolve(name).toAbsolutePath().normalize();
        if (Files.exists(project, LinkOption.NOFOLLOW_LINKS)) {
            throw new Refused(project + " already exists; choose another name or --dir", false);
        }
        String cls = className(name);
        Map<String, String> values = values(name, pkg, cls, provider);
        List<Entry> entries = entries(pkg, cls);
        Path staging;
        try {
            Files.createDirectories(project.getParent());
            staging = Files.createTempDirectory(project.getParent(), "." + name + "-");
        } catch (IOException e) {
            throw new Refused("cannot create " + project + ": " + OneLine.message(e), false);
        }
        try {
            for (Entry e : entries) {
                write(staging.resolve(e.target()), e, values);
            }
            move(staging, project);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(staging);
            if (e instanceof Refused r) {
                throw r;
            }
            throw new Refused("cannot create " + project + ": " + OneLine.message(e), false);
        }
        return new Result(project, pkg + "." + cls + "Rule", pkg, entries.stream().map(Entry::target).toList());
    }

    /** {@code org.example.rules.} and the name without hyphens ("sources-say": org.example.rules.sourcessay). */
    public static String defaultPackage(String name) {
        String last = name.replace("-", "");
        return "org.example.rules." + (Character.isDigit(last.charAt(0)) ? "r" + last : last);
    }

    /** The name in upper camel case ("sources-say": SourcesSay); "Rule" in front when it would start with a digit. */
    public static String className(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split("-")) {
            out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return Character.isDigit(out.charAt(0)) ? "Rule" + out : out.toString();
    }

    /** The plugin API versions a rule built now accepts: this one up to the next major version. */
    static String requires(String apiVersion) {
        int major = Integer.parseInt(apiVersion.split("\\.")[0]);
        return ">=" + apiVersion + " & <" + (major + 1) + ".0.0";
    }

    private static Map<String, String> values(String name, String pkg, String cls, String provider) {
        Map<String, String> v = new LinkedHashMap<>();
        Properties versions = new Properties();
        try (InputStream in = RuleScaffold.class.getResourceAsStream(RESOURCES + "versions.properties")) {
            versions.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("this Credence lacks its scaffold versions (versions.properties)", e);
        }
        versions.stringPropertyNames().forEach(k -> v.put(k, versions.getProperty(k)));
        v.put("name", name);
        v.put("package", pkg);
        v.put("package.path", pkg.replace('.', '/'));
        v.put("class", cls);
        v.put("title", Character.toUpperCase(name.charAt(0)) + name.substring(1).replace('-', ' '));
        v.put("version", PROJECT_VERSION);
        v.put("description", DESCRIPTION.replace("\\", "\\\\").replace("\"", "\\\""));
        v.put("description.xml", xml(DESCRIPTION));
        v.put("requires.xml", xml(requires(ApiVersion.current())));
        v.put("provider.xml", xml(provider == null || provider.isBlank() ? "unknown" : provider.strip()));
        return v;
    }

    private static List<Entry> entries(String pkg, String cls) {
        String main = "src/main/java/" + pkg.replace('.', '/') + "/";
        String test = "src/test/java/" + pkg.replace('.', '/') + "/";
        List<Entry> out = new ArrayList<>();
        out.add(new Entry("pom.xml.tmpl", "pom.xml", true, false));
        out.add(new Entry("Rule.java.tmpl", main + cls + "Rule.java", true, false));
        out.add(new Entry("RuleTest.java.tmpl", test + cls + "RuleTest.java", true, false));
        out.add(new Entry("ContractTest.java.tmpl", test + cls + "ContractTest.java", true, false));
        out.add(new Entry("PluginJarIT.java.tmpl", test + cls + "PluginJarIT.java", true, false));
        out.add(new Entry("README.md.tmpl", "README.md", true, false));
        out.add(new Entry("gitignore.tmpl", ".gitignore", true, false));
        out.add(new Entry("wrapper/mvnw", "mvnw", false, true));
        out.add(new Entry("wrapper/mvnw.cmd", "mvnw.cmd", false, false));
        out.add(new Entry("wrapper/.mvn/wrapper/maven-wrapper.properties", ".mvn/wrapper/maven-wrapper.properties", false,
                false));
        return out;
    }

    private static void write(Path file, Entry entry, Map<String, String> values) throws IOException {
        byte[] bytes;
        try (InputStream in = RuleScaffold.class.getResourceAsStream(RESOURCES + entry.resource())) {
            if (in == null) {
                throw new IllegalStateException("this Credence lacks its scaffold file " + entry.resource());
            }
            bytes = in.readAllBytes();
        }
        if (entry.template()) {
            bytes = fill(new String(bytes, StandardCharsets.UTF_8), values, entry.resource())
                    .getBytes(StandardCharsets.UTF_8);
        }
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        if (entry.executable()) {
            try {
                Set<PosixFilePermission> p = EnumSet.copyOf(Files.getPosixFilePermissions(file));
                p.addAll(List.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                        PosixFilePermission.OTHERS_EXECUTE));
                Files.setPosixFilePermissions(file, p);
            } catch (UnsupportedOperationException e) {
                file.toFile().setExecutable(true, false);   // Windows: nothing to do; mvnw.cmd runs there
            }
        }
    }

    static String fill(String template, Map<String, String> values, String resource) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException(resource + ": no value for {{" + m.group(1) + "}}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Renames the finished folder into place; a folder made there meanwhile is not overwritten unless empty. */
    private static void move(Path staging, Path project) throws IOException {
        try {
            Files.move(staging, project, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staging, project);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            throw new Refused(project + " already exists; choose another name or --dir", false);
        }
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is harmless; its name starts with a dot
        }
    }
}
