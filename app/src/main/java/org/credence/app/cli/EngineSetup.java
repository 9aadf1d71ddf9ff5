package org.credence.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.credence.engine.pipeline.EngineOptions;

import picocli.CommandLine.Option;

/** The options every command that opens an engine shares: where plugins and lexicons are, how many threads. */
final class EngineSetup {

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "Folder of rule plugin jars (default: the plugins folder of the installation).")
    Path plugins;

    @Option(names = "--lexicons", paramLabel = "DIR",
            description = "Folder of JSON lexicons that replace the bundled ones of the same name.")
    Path lexicons;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
    Integer threads;

    @Option(names = "--rule-budget", paramLabel = "MILLIS", defaultValue = "5000",
            description = "Longest time one rule may take on one article (default: ${DEFAULT-VALUE} ms).")
    long ruleBudgetMillis;

    EngineOptions options() {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        return new EngineOptions(pluginsDir(), List.of(), lexicons, n, Duration.ofMillis(ruleBudgetMillis), List.of());
    }

    /** The folder given, else the installation's plugins folder, else none (no rules: the scores stay at baseline). */
    Path pluginsDir() {
        return plugins != null ? plugins : installationPlugins();
    }

    /** The plugins folder of the installation the launcher started from, or null when there is none. */
    static Path installationPlugins() {
        String home = System.getProperty("credence.home");
        if (home != null && Files.isDirectory(Path.of(home, "plugins"))) {
            return Path.of(home, "plugins");
        }
        return null;
    }
}
