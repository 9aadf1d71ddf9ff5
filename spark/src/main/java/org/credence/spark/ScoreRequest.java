package org.credence.spark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@code credence-spark score} run as asked for, checked.
 *
 * @param inputs     local paths or Hadoop file system URLs, in the order given
 * @param csv        the CSV to write on the driver
 * @param json       the JSON report to write on the driver, or null for none
 * @param parquet    a folder or URL for the Parquet claims table, or null for none
 * @param master     the Spark master asked for, or null for spark-submit's or {@link ScoreCommand#DEFAULT_MASTER}
 * @param plugins    the plugins folder to load and ship, or null for none (no rules: scores stay at baseline)
 * @param profile    a weights profile file, or null for the defaults
 * @param window     most articles one part loads, or null to spread the articles over the cores
 * @param ruleBudget longest time one rule may take on one article
 * @param conf       further Spark settings, in the order given
 * @param quiet      true to print problems only
 */
record ScoreRequest(List<String> inputs, Path csv, Path json, String parquet, String master, Path plugins, Path profile,
                    Integer window, Duration ruleBudget, Map<String, String> conf, boolean quiet) {

    ScoreRequest {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(ruleBudget, "ruleBudget");
        conf = Map.copyOf(conf);
    }
}
