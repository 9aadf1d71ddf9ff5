package org.credence.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The credence-spark distribution on a cluster that has Spark and nothing of Credence (a master and two workers
 * started here, loopback only, {@link SparkCluster}): its launcher sends the executors the jars its manifest names and
 * the plugins folder, and the CSV of the example story is the desktop distribution's byte for byte, judged in parts
 * on both workers' executors.
 */
class SparkClusterDistributionTest {

    @TempDir
    Path dir;

    @Test
    void theLauncherScoresTheExampleStoryOnAClusterWithoutCredenceAsTheDesktopDoes() throws Exception {
        Path story = Distribution.HOME.resolve("examples").resolve("copper-belt");
        Path desktop = dir.resolve("desktop.csv");
        Distribution.Run single = Distribution.credence("score", story.toString(), "--csv", desktop.toString(),
                "--quiet");
        assertThat(single.exitCode()).as(single.err()).isZero();

        try (SparkCluster cluster = SparkCluster.start(dir.resolve("cluster"), 2)) {
            Path csv = dir.resolve("cluster.csv");
            Distribution.Run run = Distribution.credenceSpark(Duration.ofMinutes(3), "score", story.toString(),
                    "--csv", csv.toString(), "--master", cluster.master(), "--window", "1",
                    "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
                    "--conf", "spark.executor.memory=1g", "--conf", "spark.cores.max=2");
            assertThat(run.exitCode()).as(run.err() + cluster.logs()).isZero();
            assertThat(run.out()).contains("3 articles").contains("on " + cluster.master());
            assertThat(Files.readString(csv, StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(desktop, StandardCharsets.UTF_8));
            assertThat(cluster.workersThatRanExecutors(2)).isEqualTo(2);
        }
    }
}
