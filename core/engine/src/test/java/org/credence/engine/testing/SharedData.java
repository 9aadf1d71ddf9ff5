package org.credence.engine.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds ../shared (seeds and labelled data sets) by walking up from the working directory, for acceptance tests.
 * Where it is absent the test is skipped, except when {@code -Dcredence.requireShared=true} says it must be there
 * (CI sets it, .ci/run): then the test fails, so a missing folder cannot pass as nineteen skipped tests.
 */
public final class SharedData {

    /** The system property that turns a missing shared folder from a skip into a failure. */
    public static final String REQUIRED = "credence.requireShared";

    private SharedData() {
    }

    /** The shared folder, when this machine has one. */
    public static Optional<Path> root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared");
            if (Files.isDirectory(candidate.resolve("seeds"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** A path inside the shared folder; the calling test is skipped (or, when required, fails) when it is absent. */
    public static Path require(String relative) {
        Optional<Path> root = root();
        need(root.isPresent(), "no shared folder with seeds above " + Path.of("").toAbsolutePath());
        Path p = root.get().resolve(relative);
        need(Files.exists(p), p + " is absent");
        return p;
    }

    private static void need(boolean present, String why) {
        if (Boolean.getBoolean(REQUIRED)) {
            Assertions.assertTrue(present, why + " (-D" + REQUIRED + "=true: this run needs ../shared)");
        } else {
            Assumptions.assumeTrue(present, why);
        }
    }
}
