package org.credence.app.cli;

import java.nio.file.Path;

/** Where Credence keeps what belongs to the user rather than to the installation: autosave, logs. */
public final class ConfigFolder {

    private ConfigFolder() {
    }

    /** @return the folder named by {@code -Dcredence.config}, else {@code ~/.credence} */
    public static Path path() {
        String configured = System.getProperty("credence.config");
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".credence");
    }

    /** @return the folder of the log file, {@code logs} in the config folder */
    public static Path logs() {
        return path().resolve("logs");
    }
}
