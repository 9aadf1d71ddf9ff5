package org.credence.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.spark.SparkFiles;
import org.credence.engine.pipeline.Engine;
import org.credence.engine.pipeline.EngineOptions;
import org.credence.engine.result.RuleDescriptor;

/**
 * How a task opens its engine on whatever machine it runs: the rules from the plugins archive the driver shipped
 * ({@link PluginShipment}), unpacked for this engine alone, and one thread, since Spark already runs one task per
 * core. An engine that did not load the driver's rules would write rows that do not fit the CSV's header: it fails
 * the task instead, naming what it loaded and why a plugin did not load.
 *
 * @param pluginsArchive   the name the plugins archive was added under, or null for none (no rules)
 * @param ruleBudgetMillis longest time one rule may take on one article
 * @param rules            the ids of the rules the driver loaded, in order
 */
record EngineRecipe(String pluginsArchive, long ruleBudgetMillis, List<String> rules) implements Serializable {

    EngineRecipe {
        rules = List.copyOf(rules);
    }

    /** A recipe for the rules an engine on the driver loaded. */
    static EngineRecipe of(String pluginsArchive, long ruleBudgetMillis, Engine driver) {
        return new EngineRecipe(pluginsArchive, ruleBudgetMillis, rulesOf(driver));
    }

    static List<String> rulesOf(Engine engine) {
        return engine.rules().descriptors().stream().map(RuleDescriptor::id).toList();
    }

    /** Opens an engine on this executor; close it, which also deletes its unpacked plugins. */
    TaskEngine open() {
        Path plugins = null;
        try {
            if (pluginsArchive != null) {
                plugins = PluginShipment.unpack(Path.of(SparkFiles.get(pluginsArchive)),
                        Files.createTempDirectory("credence-plugins"));
            }
        } catch (IOException e) {
            TaskEngine.delete(plugins);
            throw new UncheckedIOException("cannot unpack the plugins shipped as " + pluginsArchive, e);
        }
        Engine engine = Engine.open(new EngineOptions(plugins, List.of(), null, 1, Duration.ofMillis(ruleBudgetMillis),
                List.of()));
        TaskEngine opened = new TaskEngine(engine, plugins);
        List<String> loaded = rulesOf(engine);
        if (!loaded.equals(rules)) {
            String failures = engine.rules().failures().toString();
            opened.close();
            throw new IllegalStateException("the engine on this executor loaded the rules " + loaded + ", the driver "
                    + rules + "; failures: " + failures);
        }
        return opened;
    }
}
