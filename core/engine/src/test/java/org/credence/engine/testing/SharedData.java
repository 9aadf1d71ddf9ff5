package org.credence.engine.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds ../shared (seeds and labelled data sets) by walking up from the working directory, for acceptance tests. */
public final class SharedData {

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

    /** A path inside the shared folder; the calling test is skipped when it is absent. */
    public static Path require(String relative) {
        Optional<Path> root = root();
        org.junit.jupiter.api.Assumptions.assumeTrue(root.isPresent(), "no shared folder with seeds on this machine");
        Path p = root.get().resolve(relative);
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(p), p + " is absent");
        return p;
    }
}
