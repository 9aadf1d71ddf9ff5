package org.credence.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.spark.SparkFiles;
import org.credence.engine.pipeline.Engine;
import org.credence.engine.pipeline.EngineOptions;

/**
 * How a task opens its engine on whatever machine it runs: the rules from the plugins archive the driver shipped
 * ({@link PluginShipment}), unpacked by Spark beside the executor, and one thread, since Spark already runs one task
 * per core.
 *
 * @param pluginsArchive   the name the plugins archive was added under, or null for none (no rules)
 * @param ruleBudgetMillis longest time one rule may take on one article
 */
record EngineRecipe(String pluginsArchive, long ruleBudgetMillis) implements Serializable {

    Engine open() {
        Path plugins = pluginsArchive == null ? null : Path.of(SparkFiles.get(pluginsArchive));
        return Engine.open(new EngineOptions(plugins, List.of(), null, 1, Duration.ofMillis(ruleBudgetMillis),
                List.of()));
    }
}
