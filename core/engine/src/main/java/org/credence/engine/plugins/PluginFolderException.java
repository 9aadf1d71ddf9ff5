package org.credence.engine.plugins;

import java.util.List;

/** A change to the plugins folder that was refused; nothing in the folder was changed. */
public final class PluginFolderException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<String> details;
    private final boolean replaceable;

    public PluginFolderException(String message) {
        this(message, List.of(), false);
    }

    /**
     * @param details     further lines, such as every problem of a rule pack
     * @param replaceable true when the only reason is that the same id is installed, so installing with replace
     *                    would succeed
     */
    public PluginFolderException(String message, List<String> details, boolean replaceable) {
        super(message);
        this.details = List.copyOf(details);
        this.replaceable = replaceable;
    }

    public List<String> details() {
        return details;
    }

    /** @return true when the install was refused only because the same id is installed */
    public boolean replaceable() {
        return replaceable;
    }
}
