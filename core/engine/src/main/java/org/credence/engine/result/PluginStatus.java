package org.credence.engine.result;

import java.util.Objects;

/**
 * A plugin as the loader found it.
 *
 * @param id       the plugin or rule pack id, or the file name when its descriptor could not be read
 * @param kind     {@link #PLUGIN} or {@link #RULE_PACK}
 * @param version  its version, or "" when unknown
 * @param provider who made it
 * @param license  its licence
 * @param path     where it was loaded from
 * @param sha256   the SHA-256 of the jar, hex, or "" for a development folder
 * @param state    STARTED, FAILED, DISABLED
 * @param error    why it failed, in one line, or ""
 */
public record PluginStatus(String id, String kind, String version, String provider, String license, String path, String sha256,
                           String state, String error) {

    /** A PF4J plugin jar, or a plugin module folder in development. */
    public static final String PLUGIN = "plugin";
    /** A rule pack: rules written in JSON, without Java. */
    public static final String RULE_PACK = "rule pack";
    public static final String STARTED = "STARTED";
    public static final String FAILED = "FAILED";
    public static final String DISABLED = "DISABLED";

    public PluginStatus {
        Objects.requireNonNull(id, "id");
        kind = Objects.requireNonNullElse(kind, PLUGIN);
        version = Objects.requireNonNullElse(version, "");
        provider = Objects.requireNonNullElse(provider, "");
        license = Objects.requireNonNullElse(license, "");
        path = Objects.requireNonNullElse(path, "");
        sha256 = Objects.requireNonNullElse(sha256, "");
        state = Objects.requireNonNullElse(state, "");
        error = Objects.requireNonNullElse(error, "");
    }
}
