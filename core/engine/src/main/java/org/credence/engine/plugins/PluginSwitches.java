package org.credence.engine.plugins;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.credence.engine.io.AtomicFiles;

/**
 * Which plugins and rule packs of a plugins folder are switched off: {@code disabled.txt} in that folder, one id
 * per line, the file PF4J itself reads, so the choice survives restarts and any PF4J tool agrees with it.
 */
public final class PluginSwitches {

    /** The file name PF4J's status provider uses. */
    public static final String FILE = "disabled.txt";

    private final Path file;

    public PluginSwitches(Path pluginsDir) {
        this.file = pluginsDir.resolve(FILE);
    }

    /** @return the ids switched off; empty when the file is missing or unreadable (then nothing is off) */
    public Set<String> disabled() {
        Set<String> ids = new TreeSet<>();
        if (!Files.isRegularFile(file)) {
            return ids;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String id = line.strip();
                if (!id.isEmpty() && !id.startsWith("#")) {
                    ids.add(id);
                }
            }
        } catch (IOException e) {
            // an unreadable switch file leaves everything on: the safe reading for a tool that only reads articles
        }
        return ids;
    }

    public boolean isDisabled(String id) {
        return disabled().contains(id);
    }

    /** Switches one id on or off; the file is replaced atomically. */
    public void set(String id, boolean enabled) throws IOException {
        Set<String> ids = disabled();
        boolean changed = enabled ? ids.remove(id) : ids.add(id);
        if (!changed) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add("# Switched off with `credence plugins disable ID`; one plugin or rule pack id per line.");
        lines.addAll(ids);
        AtomicFiles.write(file, out -> out.write(String.join("\n", lines).concat("\n")
                .getBytes(StandardCharsets.UTF_8)));
    }
}
