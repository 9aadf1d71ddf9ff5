package org.credence.engine.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The learned models the analysis uses. The shipped ones live in the engine's resources
 * ({@code org/credence/engine/model/KIND.model}); a folder of a trainer's own, when given ({@code --models DIR}),
 * replaces a shipped model by a file of the same name, so {@code credence train ... --out DIR/KIND.model} and
 * {@code credence score --models DIR} work together. Thread-safe; each model is read once.
 */
public final class Models {

    /** The model that decides which sentences are claims, and how check-worthy. */
    public static final String CHECK_WORTHINESS = "check-worthiness";
    /** The model that finds speculation cues. */
    public static final String UNCERTAINTY = "uncertainty";
    public static final String SUFFIX = ".model";
    private static final String RESOURCE_DIR = "/org/credence/engine/model/";

    private final Path folder;
    private final Map<String, LinearModel> cache = new ConcurrentHashMap<>();

    private Models(Path folder) {
        this.folder = folder;
    }

    /** @return the models shipped with the engine */
    public static Models bundled() {
        return new Models(null);
    }

    /**
     * @return the shipped models, with any {@code KIND.model} in {@code folder} replacing the shipped one
     * @throws ModelException when the folder does not exist
     */
    public static Models withOverrides(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new ModelException(folder + ": no such folder of models");
        }
        return new Models(folder);
    }

    /** @return where a model comes from: the folder's file, or the shipped resource */
    public String origin(String kind) {
        Path file = file(kind);
        return file != null ? file.toString() : RESOURCE_DIR.substring(1) + kind + SUFFIX + " (shipped)";
    }

    /**
     * @param kind {@link #CHECK_WORTHINESS} or {@link #UNCERTAINTY}
     * @throws ModelException when the model is missing or malformed, naming the file and reason
     */
    public LinearModel get(String kind) {
        return cache.computeIfAbsent(kind, this::load);
    }

    /** @return the folder's file of that name when the folder holds one (a model of another format), else null */
    public Path override(String fileName) {
        if (folder == null) {
            return null;
        }
        Path file = folder.resolve(fileName);
        return Files.isRegularFile(file) ? file : null;
    }

    private Path file(String kind) {
        if (folder == null) {
            return null;
        }
        Path file = folder.resolve(kind + SUFFIX);
        return Files.isRegularFile(file) ? file : null;
    }

    private LinearModel load(String kind) {
        Path file = file(kind);
        if (file != null) {
            return LinearModelFile.read(file, kind);
        }
        String resource = RESOURCE_DIR + kind + SUFFIX;
        try (InputStream in = Models.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ModelException(resource + ": no such shipped model");
            }
            return LinearModelFile.read(in, resource, kind);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
