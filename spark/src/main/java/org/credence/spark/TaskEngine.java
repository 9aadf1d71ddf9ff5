package org.credence.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.credence.engine.pipeline.Engine;

/**
 * An engine a task opened ({@link EngineRecipe#open}) with the folder its plugins were unpacked to: closing it closes
 * the engine, then deletes the folder.
 */
record TaskEngine(Engine engine, Path plugins) implements AutoCloseable {

    @Override
    public void close() {
        try {
            engine.close();
        } finally {
            delete(plugins);
        }
    }

    static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is the system's to clear
        }
    }
}
