package org.credence.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.credence.engine.pipeline.EngineOptions;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options every command that opens an engine shares: where plugins and lexicons are, how many threads. */
final class EngineSetup {

    /** The command this mixin is part of, so a bad value is reported as that command's usage error (exit 2). */
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Mixin
    PluginsOption plugins = new PluginsOption();

    @Option(names = "--lexicons", paramLabel = "DIR",
            description = "Folder of JSON lexicons that replace the bundled ones of the same name.")
    Path lexicons;

    @Option(names = "--models", paramLabel = "DIR",
            description = "Folder of trained models (check-worthiness.model, uncertainty.model, attribution-en.bin, as"
                + " `credence train` writes them) that replace the shipped ones of the same name.")
    Path models;

    Integer threads;

    long ruleBudgetMillis;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
    void threads(int n) {
        if (n < 1) {
            throw new ParameterException(mixee.commandLine(),
                    "Invalid value for option '--threads': must be at least 1, was " + n);
        }
        threads = n;
    }

    // A budget of zero would fail every rule on every article: refuse it here rather than score nothing.
    @Option(names = "--rule-budget", paramLabel = "MILLIS", defaultValue = "5000",
            description = "Longest time one rule may take on one article, above 0 (default: ${DEFAULT-VALUE} ms).")
    void ruleBudget(long millis) {
        if (millis <= 0) {
            throw new ParameterException(mixee.commandLine(),
                    "Invalid value for option '--rule-budget': must be above 0 ms, was " + millis);
        }
        ruleBudgetMillis = millis;
    }

    EngineOptions options() {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (models != null && !Files.isDirectory(models)) {
            throw new ParameterException(mixee.commandLine(), "Invalid value for option '--models': " + models
                    + " is not a folder");
        }
        return new EngineOptions(pluginsDir(), List.of(), lexicons, n, Duration.ofMillis(ruleBudgetMillis), List.of(),
                plugins.userFoldersToLoad(), models);
    }

    /** The folder given, else the installation's plugins folder, else none (no rules: the scores stay at baseline). */
    Path pluginsDir() {
        return plugins.toLoad();
    }
}
