package org.credence.engine.rules;

import java.util.Objects;

/**
 * A plugin as the loader found it.
 *
 * @param id       the plugin id, or the jar's file name when its descriptor could not be read
 * @param version  its version, or "" when unknown
 * @param provider who made it
 * @param license  its licence
 * @param path     where it was loaded from
 * @param sha256   the SHA-256 of the jar, hex, or "" for a development folder
 * @param state    STARTED, FAILED, DISABLED...
 * @param error    why it failed, in one line, or ""
 */
public record PluginStatus(String id, String version, String provider, String license, String path, String sha256,
                           String state, String error) {

    public PluginStatus {
        Objects.requireNonNull(id, "id");
        version = Objects.requireNonNullElse(version, "");
        provider = Objects.requireNonNullElse(provider, "");
        license = Objects.requireNonNullElse(license, "");
        path = Objects.requireNonNullElse(path, "");
        sha256 = Objects.requireNonNullElse(sha256, "");
        state = Objects.requireNonNullElse(state, "");
        error = Objects.requireNonNullElse(error, "");
    }
}
