package org.credence.engine.plugins;

import java.util.List;

/** A change to the plugins folder that was refused; nothing in the folder was changed. */
public final class PluginFolderException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<String> details;

    public PluginFolderException(String message) {
        this(message, List.of());
    }

    /** @param details further lines, such as every problem of a rule pack */
    public PluginFolderException(String message, List<String> details) {
        super(message);
        this.details = List.copyOf(details);
    }

    public List<String> details() {
        return details;
    }
}
