package org.credence.acceptance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** The assembled distribution under test, the shared data folder, and a way to run the launcher as a user would. */
final class Distribution {

    static final Path HOME = Path.of("..", "dist", "target", "credence").toAbsolutePath().normalize();
    static final Path PLUGINS = HOME.resolve("plugins");

    /** credence-spark's distribution folder (spark/target/credence-spark), beside the desktop one. */
    static final Path SPARK_HOME = Path.of("..", "spark", "target", "credence-spark").toAbsolutePath().normalize();

    private Distribution() {
    }

    /** What a run of the launcher printed and returned. */
    record Run(int exitCode, String out, String err) {
    }

    /** Runs {@code credence ARGS...} through the launcher script, from the distribution folder. */
    static Run credence(String... args) throws IOException, InterruptedException {
        return credence(Duration.ofMinutes(5), args);
    }

    /** As {@link #credence(String...)}, failing (and killing the process) when it outlives {@code timeout}. */
    static Run credence(Duration timeout, String... args) throws IOException, InterruptedException {
        return launch(HOME.resolve("credence"), HOME, timeout, args);
    }

    private static Run launch(Path launcher, Path home, Duration timeout, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile("credence-out", ".txt");
        Path err = Files.createTempFile("credence-err", ".txt");
        try {
            Process p = new ProcessBuilder(command).directory(home.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(launcher.getFileName() + " " + String.join(" ", args) + " did not finish in "
                        + timeout);
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** The credence-spark jar in its distribution's lib/. */
    static Path sparkJar() throws IOException {
        try (var jars = Files.list(SPARK_HOME.resolve("lib"))) {
            return jars.filter(p -> p.getFileName().toString().matches("credence-spark-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("no credence-spark jar in " + SPARK_HOME.resolve("lib")));
        }
    }

    /** Runs {@code credence-spark ARGS...} through its launcher script, failing when it outlives {@code timeout}. */
    static Run credenceSpark(Duration timeout, String... args) throws IOException, InterruptedException {
        return launch(SPARK_HOME.resolve("credence-spark"), SPARK_HOME, timeout, args);
    }

    /** ../shared, found by walking up from the working directory. */
    static Optional<Path> shared() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared").resolve("seeds"))) {
                return Optional.of(p.resolve("shared"));
            }
        }
        return Optional.empty();
    }

    /**
     * A path in ../shared; the calling test is skipped on machines without it, or fails when
     * {@code -Dcredence.requireShared=true} says the run needs it (CI sets it in .ci/run).
     */
    static Path requireShared(String relative) {
        Optional<Path> root = shared();
        needShared(root.isPresent(), "no ../shared folder above " + Path.of("").toAbsolutePath());
        Path p = root.get().resolve(relative);
        needShared(Files.exists(p), p + " is absent");
        return p;
    }

    private static void needShared(boolean present, String why) {
        if (Boolean.getBoolean("credence.requireShared")) {
            Assertions.assertTrue(present, why + " (-Dcredence.requireShared=true: this run needs ../shared)");
        } else {
            Assumptions.assumeTrue(present, why);
        }
    }
}
