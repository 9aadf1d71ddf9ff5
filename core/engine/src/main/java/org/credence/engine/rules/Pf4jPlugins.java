package org.credence.engine.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.credence.api.ApiVersion;
import org.credence.api.CredibilityRule;
import org.credence.engine.io.OneLine;
import org.credence.engine.result.PluginStatus;
import org.credence.engine.result.RuleFailure;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginManager;
import org.pf4j.PluginWrapper;
import org.pf4j.RuntimeMode;

/**
 * Rules in PF4J plugins: the jars of a plugins folder (deployment), or plugin module folders holding
 * plugin.properties and target/classes (development). Plugins listed as switched off are listed as DISABLED and not
 * started.
 *
 * <p>Each plugin is loaded on its own, so one that is corrupt, needs another plugin API, or throws while starting is
 * reported with its reason and the others go on. Each rule is instantiated once (PF4J's default factory would make
 * a new instance per lookup).
 */
public final class Pf4jPlugins implements RuleSource {

    private final Path root;
    private final RuntimeMode mode;
    private final List<Path> developmentRoots;
    private final Set<String> disabled;

    private Pf4jPlugins(Path root, RuntimeMode mode, List<Path> developmentRoots, Set<String> disabled) {
        this.root = root;
        this.mode = mode;
        this.developmentRoots = List.copyOf(developmentRoots);
        this.disabled = Set.copyOf(disabled);
    }

    /** The plugin jars of a plugins folder; those whose id is in {@code disabled} are listed but not started. */
    public static Pf4jPlugins jars(Path pluginsDir, Set<String> disabled) {
        return new Pf4jPlugins(pluginsDir, RuntimeMode.DEPLOYMENT, List.of(), disabled);
    }

    /** Plugin module folders, or folders of them, in development mode. */
    public static Pf4jPlugins development(List<Path> roots) {
        return new Pf4jPlugins(roots.isEmpty() ? Path.of("") : roots.get(0), RuntimeMode.DEVELOPMENT, roots, Set.of());
    }

    @Override
    public Runnable load(RuleRegistry registry) {
        List<Path> plugins = mode == RuntimeMode.DEPLOYMENT ? jars(registry) : modules(registry);
        PluginManager manager = new DefaultPluginManager(root) {
            @Override
            public RuntimeMode getRuntimeMode() {
                return mode;
            }
        };
        manager.setSystemVersion(ApiVersion.current());
        plugins.forEach(path -> load(manager, path, registry));
        return () -> unload(manager);
    }

    private List<Path> jars(RuleRegistry registry) {
        if (!Files.isDirectory(root)) {
            registry.failure(new RuleFailure(root.toString(), "", "", "the plugins folder does not exist"));
            return List.of();
        }
        try {
            return FolderFiles.list(root, ".jar");
        } catch (IOException e) {
            registry.failure(new RuleFailure(root.toString(), "", "", "cannot list the plugins folder: " + e.getMessage()));
            return List.of();
        }
    }

    private List<Path> modules(RuleRegistry registry) {
        List<Path> modules = new ArrayList<>();
        for (Path dir : developmentRoots) {
            if (Files.isRegularFile(dir.resolve("plugin.properties"))) {
                modules.add(dir);
                continue;
            }
            try (Stream<Path> children = Files.list(dir)) {
                children.filter(p -> Files.isRegularFile(p.resolve("plugin.properties"))).sorted().forEach(modules::add);
            } catch (IOException e) {
                registry.failure(new RuleFailure(dir.toString(), "", "", "cannot list plugin modules: " + e));
            }
        }
        return modules;
    }

    private void load(PluginManager manager, Path path, RuleRegistry registry) {
        String sha = mode == RuntimeMode.DEPLOYMENT ? FolderFiles.sha256(path) : "";
        String pluginId;
        try {
            pluginId = manager.loadPlugin(path);
        } catch (RuntimeException e) {
            String name = path.getFileName().toString();
            String reason = "cannot load: " + OneLine.of(e);
            registry.status(new PluginStatus(name, PluginStatus.PLUGIN, "", "", "", path.toString(), sha,
                    PluginStatus.FAILED, reason));
            registry.failure(new RuleFailure(name, "", "", reason));
            return;
        }
        PluginWrapper wrapper = manager.getPlugin(pluginId);
        PluginDescriptor d = wrapper.getDescriptor();
        String requires = d.getRequires() == null ? "*" : d.getRequires();
        if (!"*".equals(requires) && !manager.getVersionManager().checkVersionConstraint(ApiVersion.current(), requires)) {
            String reason = "needs plugin API " + requires + ", but this Credence provides " + ApiVersion.current();
            manager.unloadPlugin(pluginId);
            registry.status(status(d, path, sha, PluginStatus.FAILED, reason));
            registry.failure(new RuleFailure(pluginId, "", "", reason));
            return;
        }
        if (disabled.contains(pluginId)) {
            manager.unloadPlugin(pluginId);
            registry.status(status(d, path, sha, PluginStatus.DISABLED, ""));
            return;
        }
        String error = "";
        try {
            manager.startPlugin(pluginId);
            if (wrapper.getPluginState().isFailed()) {
                error = "failed to start: " + OneLine.of(wrapper.getFailedException());
            }
        } catch (RuntimeException e) {
            error = "failed to start: " + OneLine.of(e);
        }
        if (error.isEmpty()) {
            try {
                List<CredibilityRule> found = manager.getExtensions(CredibilityRule.class, pluginId);
                if (found.isEmpty()) {
                    error = "contains no CredibilityRule extension (is META-INF/extensions.idx in the jar?)";
                }
                for (CredibilityRule rule : found) {
                    registry.rule(rule, pluginId, d.getVersion(), path.toString());
                }
            } catch (RuntimeException | LinkageError e) {
                error = "cannot create its rules: " + OneLine.of(e);
            }
        }
        registry.status(status(d, path, sha, error.isEmpty() ? wrapper.getPluginState().toString() : PluginStatus.FAILED,
                error));
        if (!error.isEmpty()) {
            registry.failure(new RuleFailure(pluginId, "", "", error));
        }
    }

    /** Stops and unloads one plugin at a time: PF4J's own stopPlugins() trips over plugins started one by one. */
    private static void unload(PluginManager manager) {
        for (PluginWrapper w : new ArrayList<>(manager.getPlugins())) {
            try {
                manager.unloadPlugin(w.getPluginId());
            } catch (RuntimeException e) {
                // a plugin that fails to stop is left to the garbage collector; nothing of the user's is at stake
            }
        }
    }

    private static PluginStatus status(PluginDescriptor d, Path path, String sha, String state, String error) {
        return new PluginStatus(d.getPluginId(), PluginStatus.PLUGIN, d.getVersion(), d.getProvider(), d.getLicense(),
                path.toString(), sha, state, error);
    }
}
