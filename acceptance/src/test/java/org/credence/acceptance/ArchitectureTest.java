package org.credence.acceptance;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;

/**
 * The dependency rules of the code, checked on what is built: the engine's packages in layers without cycles, each
 * bundled plugin jar on the plugin API, PF4J and the JDK alone, and the application and credence-spark on the engine's
 * facade and published packages alone. docs/architecture.md states the same layers.
 */
class ArchitectureTest {

    private static final String ENGINE = "org.credence.engine";

    /**
     * The engine's packages from the bottom up. A package may use those of lower layers only; the packages of one
     * layer do not use one another.
     */
    static final List<List<String>> ENGINE_LAYERS = List.of(
            List.of("io", "lexicon", "result", "progress", "model"),
            List.of("analysis"),
            List.of("corpus", "training"),
            List.of("rules"),
            List.of("rulepack"),
            List.of("plugins"),
            List.of("scoring"),
            List.of("report"),
            List.of("export"),
            List.of("pipeline"));

    /**
     * What the application may use of the engine: the facade ({@code pipeline}) and the types it takes and gives
     * (progress, results, reports, scores and profiles, exports, reading problems and atomic files), and the plugins
     * folder a trainer manages. Analysis, the corpus, lexicons, the rule runner and loader and rule packs stay inside.
     */
    static final List<String> PUBLISHED = List.of("pipeline", "progress", "result", "report", "scoring", "export",
            "io", "plugins");

    private static final JavaClasses ENGINE_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ENGINE);

    @Test
    void theEnginePackagesFormLayersInTheirOrder() {
        assertThat(ENGINE_CLASSES).isNotEmpty();
        LayeredArchitecture layers = Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers();
        List<String> all = ENGINE_LAYERS.stream().flatMap(List::stream).toList();
        for (String name : all) {
            layers = layers.layer(name).definedBy(ENGINE + "." + name + "..");
        }
        List<String> above = new ArrayList<>();
        for (int rank = ENGINE_LAYERS.size() - 1; rank >= 0; rank--) {
            for (String name : ENGINE_LAYERS.get(rank)) {
                layers = above.isEmpty() ? layers.whereLayer(name).mayNotBeAccessedByAnyLayer()
                        : layers.whereLayer(name).mayOnlyBeAccessedByLayers(above.toArray(String[]::new));
            }
            above.addAll(ENGINE_LAYERS.get(rank));
        }
        layers.check(ENGINE_CLASSES);
        // every engine package belongs to a layer, so none escapes the check
        classes().should().resideInAnyPackage(all.stream().map(p -> ENGINE + "." + p + "..").toArray(String[]::new))
                .check(ENGINE_CLASSES);
    }

    @Test
    void theEnginePackagesHaveNoCycles() {
        slices().matching("org.credence.engine.(*)..").should().beFreeOfCycles().check(ENGINE_CLASSES);
    }

    @Test
    void eachBundledPluginUsesOnlyThePluginApiPf4jAndTheJdk() throws IOException {
        List<Path> jars;
        try (Stream<Path> files = Files.list(Distribution.PLUGINS)) {
            jars = files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
        assertThat(jars).hasSize(8);
        for (Path jar : jars) {
            JavaClasses plugin;
            try (JarFile file = new JarFile(jar.toFile())) {
                plugin = new ClassFileImporter().importJar(file);
            }
            assertThat(plugin).as(jar.toString()).isNotEmpty();
            String[] own = plugin.stream().map(JavaClass::getPackageName).distinct().toArray(String[]::new);
            String[] allowed = Stream.concat(Arrays.stream(own), Stream.of("org.credence.api..", "org.pf4j..", "java.."))
                    .toArray(String[]::new);
            classes().should().onlyDependOnClassesThat().resideInAnyPackage(allowed)
                    .as("the classes of " + jar.getFileName() + " depend only on their own package, the plugin API, "
                            + "PF4J and the JDK")
                    .check(plugin);
        }
    }

    @Test
    void credenceSparkUsesTheEngineOnlyThroughItsFacadeAndPublishedPackages() throws IOException {
        JavaClasses spark;
        try (JarFile file = new JarFile(Distribution.sparkJar().toFile())) {
            spark = new ClassFileImporter().importJar(file);   // its classes only: Spark stays off this class path
        }
        assertThat(spark.stream().filter(c -> c.getPackageName().startsWith("org.credence.spark"))).isNotEmpty();
        String[] published = PUBLISHED.stream().map(p -> ENGINE + "." + p + "..").toArray(String[]::new);
        classes().that().resideInAPackage("org.credence.spark..")
                .should().onlyDependOnClassesThat(not(resideInAPackage(ENGINE + "..")).or(resideInAnyPackage(published)))
                .as("credence-spark uses only the engine packages " + PUBLISHED)
                .check(spark);
        classes().that().resideInAPackage("org.credence.spark..")
                .should().onlyDependOnClassesThat(not(resideInAnyPackage("org.credence.app..", "javax.swing..",
                        "java.awt..")))
                .as("credence-spark brings neither the application nor Swing")
                .check(spark);
    }

    @Test
    void theApplicationUsesTheEngineOnlyThroughItsFacadeAndPublishedPackages() throws IOException {
        JavaClasses app;
        try (JarFile file = new JarFile(Distribution.HOME.resolve("credence.jar").toFile())) {
            app = new ClassFileImporter().importJar(file);
        }
        assertThat(app.stream().filter(c -> c.getPackageName().startsWith("org.credence.app"))).isNotEmpty();
        String[] published = PUBLISHED.stream().map(p -> ENGINE + "." + p + "..").toArray(String[]::new);
        classes().that().resideInAPackage("org.credence.app..")
                .should().onlyDependOnClassesThat(not(resideInAPackage(ENGINE + "..")).or(resideInAnyPackage(published)))
                .as("the application uses only the engine packages " + PUBLISHED)
                .check(app);
    }
}
