package org.credence.engine.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.credence.api.ApiVersion;
import org.credence.engine.io.AtomicFiles;
import org.credence.engine.io.OneLine;
import org.credence.engine.result.PluginStatus;
import org.credence.engine.rulepack.RulePack;
import org.credence.engine.rulepack.RulePackException;
import org.credence.engine.rulepack.RulePackReader;
import org.pf4j.CompoundPluginDescriptorFinder;
import org.pf4j.DefaultVersionManager;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginDescriptor;
import org.pf4j.PropertiesPluginDescriptorFinder;

/**
 * The plugins folder as a trainer manages it: plugin jars and rule packs installed from files, switched off and on,
 * removed. Every change is checked first and then made in one step (copy to a temporary file, then rename), so a
 * refused or failed change leaves the folder as it was. Loading is the rule
 * loader's job; this class only reads what it must to name what it installs.
 */
public final class PluginFolder {

    /** A plugin or pack file in the folder, by the id it declares. */
    public record Entry(String id, String kind, String version, Path file) {
    }

    private final Path dir;
    private final PluginSwitches switches;
    private final RulePackReader packs = new RulePackReader();

    public PluginFolder(Path dir) {
        this.dir = dir;
        this.switches = new PluginSwitches(dir);
    }

    public Path dir() {
        return dir;
    }

    /** The jars and packs whose id can be read, in file order; unreadable files are left to the loader to report. */
    public List<Entry> entries() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Entry> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                try {
                    if (name.endsWith(".jar")) {
                        PluginDescriptor d = descriptor(f);
                        out.add(new Entry(d.getPluginId(), PluginStatus.PLUGIN, d.getVersion(), f));
                    } else if (name.endsWith(".json")) {
                        RulePack p = packs.read(f);
                        out.add(new Entry(p.id(), PluginStatus.RULE_PACK, p.version(), f));
                    }
                } catch (RuntimeException | RulePackException e) {
                    // not nameable: listed as failed by the loader, removable by its file name
                    out.add(new Entry(f.getFileName().toString(), name.endsWith(".jar") ? PluginStatus.PLUGIN
                            : PluginStatus.RULE_PACK, "", f));
                }
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    /**
     * Installs a plugin jar or a rule pack. It is checked first: a jar must declare a plugin id and fit this plugin
     * API, a pack must be valid. An installed one of the same id is replaced only when {@code replace} is given.
     *
     * @return what was installed
     */
    public Entry install(Path file, boolean replace) throws PluginFolderException {
        if (!Files.isRegularFile(file)) {
            throw new PluginFolderException(file + ": no such file");
        }
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        Entry incoming;
        if (lower.endsWith(".jar")) {
            PluginDescriptor d;
            try {
                d = descriptor(file);
            } catch (RuntimeException e) {
                throw new PluginFolderException(file + ": not a Credence plugin jar (no plugin.properties or plugin"
                        + " manifest could be read: " + OneLine.of(e) + ")");
            }
            String requires = d.getRequires() == null || d.getRequires().isBlank() ? "*" : d.getRequires();
            if (!"*".equals(requires)
                    && !new DefaultVersionManager().checkVersionConstraint(ApiVersion.current(), requires)) {
                throw new PluginFolderException(file + ": plugin " + d.getPluginId() + " needs plugin API " + requires
                        + ", but this Credence provides " + ApiVersion.current());
            }
            incoming = new Entry(d.getPluginId(), PluginStatus.PLUGIN, d.getVersion(), file);
        } else if (lower.endsWith(".json")) {
            try {
                RulePack p = packs.read(file);
                incoming = new Entry(p.id(), PluginStatus.RULE_PACK, p.version(), file);
            } catch (RulePackException e) {
                throw new PluginFolderException(file + ": not a valid rule pack (" + e.problems().size()
                        + (e.problems().size() == 1 ? " problem)" : " problems)"),
                        e.problems().stream().map(Object::toString).toList(), false);
            }
        } else {
            throw new PluginFolderException(file + ": only plugin jars (.jar) and rule packs (.json) can be installed");
        }
        Optional<Entry> existing = find(incoming.id());
        if (existing.isPresent() && !replace) {
            throw new PluginFolderException(file + ": " + existing.get().kind() + " " + incoming.id()
                    + " is already installed as " + existing.get().file().getFileName()
                    + "; use --replace to replace it", List.of(), true);
        }
        Path target = dir.resolve(name);
        if (Files.exists(target) && existing.map(e -> !e.file().equals(target)).orElse(true)) {
            throw new PluginFolderException(file + ": another file named " + name + " is already installed");
        }
        try {
            Files.createDirectories(dir);
            AtomicFiles.write(target, out -> {
                try (InputStream in = Files.newInputStream(file)) {
                    in.transferTo(out);
                }
            });
            if (existing.isPresent() && !existing.get().file().equals(target)) {
                Files.deleteIfExists(existing.get().file());
            }
        } catch (IOException e) {
            throw new PluginFolderException(target + ": cannot be written: " + e.getMessage());
        }
        return new Entry(incoming.id(), incoming.kind(), incoming.version(), target);
    }

    /** Removes the plugin or pack with this id (or file name) and forgets whether it was switched off. */
    public Entry remove(String id) throws PluginFolderException {
        Entry e = require(id);
        try {
            Files.delete(e.file());
            switches.set(e.id(), true);
        } catch (IOException ex) {
            throw new PluginFolderException(e.file() + ": cannot be removed: " + ex.getMessage());
        }
        return e;
    }

    /** Switches a plugin or pack on or off; kept in {@code disabled.txt} across restarts. */
    public Entry setEnabled(String id, boolean enabled) throws PluginFolderException {
        Entry e = require(id);
        try {
            switches.set(e.id(), enabled);
        } catch (IOException ex) {
            throw new PluginFolderException(dir.resolve(PluginSwitches.FILE) + ": cannot be written: " + ex.getMessage());
        }
        return e;
    }

    public boolean isEnabled(String id) {
        return !switches.isDisabled(id);
    }

    private Optional<Entry> find(String id) {
        return entries().stream().filter(e -> e.id().equals(id) || e.file().getFileName().toString().equals(id))
                .findFirst();
    }

    private Entry require(String id) throws PluginFolderException {
        return find(id).orElseThrow(() -> new PluginFolderException("no plugin or rule pack " + id + " in " + dir
                + (entries().isEmpty() ? "" : "; installed: "
                + String.join(", ", entries().stream().map(Entry::id).toList()))));
    }

    private static PluginDescriptor descriptor(Path jar) {
        PluginDescriptor d = new CompoundPluginDescriptorFinder().add(new PropertiesPluginDescriptorFinder())
                .add(new ManifestPluginDescriptorFinder()).find(jar);
        if (d == null || d.getPluginId() == null || d.getPluginId().isBlank()) {
            throw new IllegalArgumentException("no plugin id");
        }
        return d;
    }

}
