package org.credence.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code credence score} run in parts spills its articles to a temporary folder (decision 0042); stopped part way,
 * as a person stops it with Ctrl-C or a scheduler with SIGTERM, it must not leave that folder behind, nor a half
 * written CSV.
 */
class StoppedRunTest {

    @TempDir
    Path dir;

    @Test
    void aRunStoppedWhileItScoresLeavesNoSpillAndNoCsv() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path csv = dir.resolve("stopped.csv");
        // the example story thirty times over: a run long enough to be stopped in the middle
        Path articles = Files.createDirectories(dir.resolve("articles"));
        try (Stream<Path> story = Files.list(Distribution.HOME.resolve("examples").resolve("copper-belt"))) {
            for (Path article : story.filter(p -> p.toString().endsWith(".txt")).toList()) {
                for (int i = 0; i < 30; i++) {
                    Files.copy(article, articles.resolve(i + "-" + article.getFileName()));
                }
            }
        }
        Path launcher = Distribution.HOME.resolve("credence");
        ProcessBuilder builder = new ProcessBuilder(List.of(launcher.toString(), "score",
                articles.toString(), "--csv", csv.toString(), "--window", "1", "--quiet"))
                .directory(Distribution.HOME.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        builder.environment().put("CREDENCE_OPTS", "-Djava.io.tmpdir=" + tmp);
        Process run = builder.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!spillFileIn(tmp) && run.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(run.isAlive()).as("the run is still under way when stopped").isTrue();
            assertThat(spillFileIn(tmp)).as("the run spilled articles").isTrue();
            run.destroy();   // SIGTERM, as Ctrl-C's SIGINT: the JVM's shutdown hooks run
            assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            run.destroyForcibly();
        }
        assertThat(run.exitValue()).as("stopped by the signal").isNotZero();
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(Path::getFileName).map(Path::toString))
                    .as("what the stopped run left in its temporary folder")
                    .noneMatch(name -> name.startsWith("credence-spill-"));
        }
        assertThat(csv).as("no CSV from a stopped run").doesNotExist();
    }

    private static boolean spillFileIn(Path tmp) {
        File[] folders = tmp.toFile().listFiles((d, name) -> name.startsWith("credence-spill-"));
        if (folders == null) {
            return false;
        }
        for (File folder : folders) {
            String[] files = folder.list();
            if (files != null && files.length > 0) {
                return true;
            }
        }
        return false;
    }
}
