package org.credence.engine.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.credence.api.ApiVersion;
import org.credence.api.CredibilityRule;
import org.credence.api.RuleInfo;
import org.credence.engine.plugins.PluginSwitches;
import org.credence.engine.rulepack.PackProblem;
import org.credence.engine.rulepack.PackRule;
import org.credence.engine.rulepack.RulePack;
import org.credence.engine.rulepack.RulePackException;
import org.credence.engine.rulepack.RulePackReader;
import org.credence.engine.rulepack.RulePackRule;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginManager;
import org.pf4j.PluginWrapper;
import org.pf4j.RuntimeMode;

/**
 * Loads rules with PF4J: plugin jars from a folder (deployment), plugin module folders holding plugin.properties and
 * target/classes (development), and rules given in-process; and rule packs (JSON files) from the same folder.
 * Plugins and packs listed in the folder's {@code disabled.txt} are listed as DISABLED and not started.
 *
 * <p>Each plugin is loaded on its own, so one that is corrupt, needs another plugin API, or throws while starting is
 * reported with its reason and the others go on. Each rule is instantiated once (PF4J's default factory would make
 * a new instance per lookup) and its {@link RuleInfo} checked.
 */
public final class PluginRuleLoader {

    /** Source label of rules given in-process. */
    public static final String BUILT_IN = "built-in";

    public LoadedRules load(Path pluginsDir, List<Path> developmentRoots, List<CredibilityRule> builtIns) {
        List<PluginStatus> statuses = new ArrayList<>();
        List<RuleFailure> failures = new ArrayList<>();
        Map<String, LoadedRule> rules = new LinkedHashMap<>();
        List<PluginManager> managers = new ArrayList<>();
        for (CredibilityRule rule : builtIns) {
            add(rules, failures, rule, BUILT_IN, ApiVersion.current(), BUILT_IN);
        }
        if (pluginsDir != null) {
            Set<String> disabled = new PluginSwitches(pluginsDir).disabled();
            managers.add(loadFolder(pluginsDir, RuntimeMode.DEPLOYMENT, files(pluginsDir, ".jar", failures), disabled,
                    statuses, failures, rules));
            loadPacks(files(pluginsDir, ".json", new ArrayList<>()), disabled, statuses, failures, rules);
        }
        if (!developmentRoots.isEmpty()) {
            List<Path> modules = new ArrayList<>();
            for (Path root : developmentRoots) {
                if (Files.isRegularFile(root.resolve("plugin.properties"))) {
                    modules.add(root);
                } else {
                    try (Stream<Path> children = Files.list(root)) {
                        children.filter(p -> Files.isRegularFile(p.resolve("plugin.properties"))).sorted()
                                .forEach(modules::add);
                    } catch (IOException e) {
                        failures.add(new RuleFailure(root.toString(), "", "", "cannot list plugin modules: " + e));
                    }
                }
            }
            managers.add(loadFolder(developmentRoots.get(0), RuntimeMode.DEVELOPMENT, modules, Set.of(), statuses,
                    failures, rules));
        }
        List<LoadedRule> sorted = new ArrayList<>(rules.values());
        sorted.sort(Comparator.comparing(LoadedRule::id));
        return new LoadedRules(sorted, statuses, failures, () -> managers.forEach(PluginRuleLoader::unload));
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

    /** Reads each rule pack; a pack with problems is listed as failed with its first one, each problem reported. */
    private static void loadPacks(List<Path> files, Set<String> disabled, List<PluginStatus> statuses,
                                  List<RuleFailure> failures, Map<String, LoadedRule> rules) {
        RulePackReader reader = new RulePackReader();
        for (Path file : files) {
            String sha = sha256(file);
            RulePack pack;
            try {
                pack = reader.read(file);
            } catch (RulePackException e) {
                String name = file.getFileName().toString();
                for (PackProblem p : e.problems()) {
                    failures.add(new RuleFailure(name, "", "", problemText(p)));
                }
                statuses.add(new PluginStatus(name, PluginStatus.RULE_PACK, "", "", "", file.toString(), sha,
                        PluginStatus.FAILED, problemText(e.problems().get(0))
                        + (e.problems().size() > 1 ? " (and " + (e.problems().size() - 1) + " more)" : "")));
                continue;
            }
            String taken = statuses.stream().filter(s -> s.id().equals(pack.id())).map(PluginStatus::path).findFirst()
                    .orElse(null);
            if (taken != null) {
                String reason = "pack id " + pack.id() + " is already taken by " + taken;
                statuses.add(packStatus(pack, file, sha, PluginStatus.FAILED, reason));
                failures.add(new RuleFailure(pack.id(), "", "", reason));
                continue;
            }
            if (disabled.contains(pack.id())) {
                statuses.add(packStatus(pack, file, sha, PluginStatus.DISABLED, ""));
                continue;
            }
            for (PackRule rule : pack.rules()) {
                add(rules, failures, new RulePackRule(rule), pack.id(), pack.version(), file.toString());
            }
            statuses.add(packStatus(pack, file, sha, PluginStatus.STARTED, ""));
        }
    }

    private static String problemText(PackProblem p) {
        return "line " + p.line() + ": " + (p.field().isEmpty() ? "the file " : p.field() + " ") + p.message();
    }

    private static PluginStatus packStatus(RulePack pack, Path file, String sha, String state, String error) {
        return new PluginStatus(pack.id(), PluginStatus.RULE_PACK, pack.version(), pack.author(), pack.license(),
                file.toString(), sha, state, error);
    }

    private static List<Path> files(Path dir, String extension, List<RuleFailure> failures) {
        if (!Files.isDirectory(dir)) {
            failures.add(new RuleFailure(dir.toString(), "", "", "the plugins folder does not exist"));
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(extension) && Files.isRegularFile(p)).sorted()
                    .toList();
        } catch (IOException e) {
            failures.add(new RuleFailure(dir.toString(), "", "", "cannot list the plugins folder: " + e.getMessage()));
            return List.of();
        }
    }

    private PluginManager loadFolder(Path root, RuntimeMode mode, List<Path> plugins, Set<String> disabled,
                                     List<PluginStatus> statuses, List<RuleFailure> failures,
                                     Map<String, LoadedRule> rules) {
        PluginManager manager = new DefaultPluginManager(root) {
            @Override
            public RuntimeMode getRuntimeMode() {
                return mode;
            }
        };
        manager.setSystemVersion(ApiVersion.current());
        for (Path path : plugins) {
            String sha = mode == RuntimeMode.DEPLOYMENT ? sha256(path) : "";
            String pluginId;
            try {
                pluginId = manager.loadPlugin(path);
            } catch (RuntimeException e) {
                String name = path.getFileName().toString();
                String reason = "cannot load: " + oneLine(e);
                statuses.add(new PluginStatus(name, PluginStatus.PLUGIN, "", "", "", path.toString(), sha,
                        PluginStatus.FAILED, reason));
                failures.add(new RuleFailure(name, "", "", reason));
                continue;
            }
            PluginWrapper wrapper = manager.getPlugin(pluginId);
            PluginDescriptor d = wrapper.getDescriptor();
            String requires = d.getRequires() == null ? "*" : d.getRequires();
            if (!"*".equals(requires) && !manager.getVersionManager()
                    .checkVersionConstraint(ApiVersion.current(), requires)) {
                String reason = "needs plugin API " + requires + ", but this Credence provides " + ApiVersion.current();
                manager.unloadPlugin(pluginId);
                statuses.add(status(d, path, sha, PluginStatus.FAILED, reason));
                failures.add(new RuleFailure(pluginId, "", "", reason));
                continue;
            }
            if (disabled.contains(pluginId)) {
                manager.unloadPlugin(pluginId);
                statuses.add(status(d, path, sha, PluginStatus.DISABLED, ""));
                continue;
            }
            String error = "";
            try {
                manager.startPlugin(pluginId);
                if (wrapper.getPluginState().isFailed()) {
                    error = "failed to start: " + oneLine(wrapper.getFailedException());
                }
            } catch (RuntimeException e) {
                error = "failed to start: " + oneLine(e);
            }
            if (error.isEmpty()) {
                try {
                    List<CredibilityRule> found = manager.getExtensions(CredibilityRule.class, pluginId);
                    if (found.isEmpty()) {
                        error = "contains no CredibilityRule extension (is META-INF/extensions.idx in the jar?)";
                    }
                    for (CredibilityRule rule : found) {
                        add(rules, failures, rule, pluginId, d.getVersion(), path.toString());
                    }
                } catch (RuntimeException | LinkageError e) {
                    error = "cannot create its rules: " + oneLine(e);
                }
            }
            statuses.add(status(d, path, sha, error.isEmpty() ? wrapper.getPluginState().toString() : PluginStatus.FAILED,
                    error));
            if (!error.isEmpty()) {
                failures.add(new RuleFailure(pluginId, "", "", error));
            }
        }
        return manager;
    }

    private static void add(Map<String, LoadedRule> rules, List<RuleFailure> failures, CredibilityRule rule,
                            String pluginId, String version, String source) {
        RuleInfo info;
        try {
            info = rule.info();
        } catch (RuntimeException e) {
            failures.add(new RuleFailure(pluginId, rule.getClass().getName(), "", "info() failed: " + oneLine(e)));
            return;
        }
        if (info == null) {
            failures.add(new RuleFailure(pluginId, rule.getClass().getName(), "", "info() returned nothing"));
            return;
        }
        LoadedRule earlier = rules.get(info.id());
        if (earlier != null) {
            failures.add(new RuleFailure(pluginId, info.id(), "", "rule id " + info.id() + " is already taken by plugin "
                    + earlier.descriptor().pluginId()));
            return;
        }
        rules.put(info.id(), new LoadedRule(new RuleDescriptor(info, pluginId, version, source), rule));
    }

    private static PluginStatus status(PluginDescriptor d, Path path, String sha, String state, String error) {
        return new PluginStatus(d.getPluginId(), PluginStatus.PLUGIN, d.getVersion(), d.getProvider(), d.getLicense(), path.toString(), sha,
                state, error);
    }

    /** The hex SHA-256 of a file, so a user can tell which jar is installed. */
    public static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            return "";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The root cause of an exception in one line of at most 300 characters, with its class name. */
    public static String oneLine(Throwable e) {
        if (e == null) {
            return "unknown error";
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        String text = m == null || m.isBlank() ? root.getClass().getSimpleName()
                : root.getClass().getSimpleName() + ": " + m.lines().findFirst().orElse(m);
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
