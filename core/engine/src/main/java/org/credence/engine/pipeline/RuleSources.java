package org.credence.engine.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.credence.api.CredibilityRule;
import org.credence.engine.plugins.PluginSwitches;
import org.credence.engine.rulepack.RulePackFiles;
import org.credence.engine.rules.BuiltInRules;
import org.credence.engine.rules.LoadedRules;
import org.credence.engine.rules.Pf4jPlugins;
import org.credence.engine.rules.RuleLoader;
import org.credence.engine.rules.RuleSource;

/**
 * Where an engine's rules come from, in the order their ids are claimed: rules given in-process, the plugin jars
 * and then the rule packs of the plugins folder (minus those switched off in its {@code disabled.txt}), and plugin
 * module folders in development.
 */
public final class RuleSources {

    private RuleSources() {
    }

    /** Loads every rule the options name. */
    public static LoadedRules load(Path pluginsDir, List<Path> developmentRoots, List<CredibilityRule> builtIns) {
        return load(pluginsDir, List.of(), developmentRoots, builtIns);
    }

    /** Loads every rule the folders name: the plugins folder first, then the user's own folders, in order. */
    public static LoadedRules load(Path pluginsDir, List<Path> userDirs, List<Path> developmentRoots,
                                   List<CredibilityRule> builtIns) {
        List<RuleSource> sources = new ArrayList<>();
        sources.add(new BuiltInRules(builtIns));
        List<Path> folders = new ArrayList<>();
        if (pluginsDir != null) {
            folders.add(pluginsDir);
        }
        folders.addAll(userDirs);
        for (Path dir : folders) {
            Set<String> disabled = new PluginSwitches(dir).disabled();
            sources.add(Pf4jPlugins.jars(dir, disabled));
            sources.add(new RulePackFiles(dir, disabled));
        }
        if (!developmentRoots.isEmpty()) {
            sources.add(Pf4jPlugins.development(developmentRoots));
        }
        return new RuleLoader().load(sources);
    }

    static LoadedRules load(EngineOptions options) {
        return load(options.pluginsDir(), options.userPluginDirs(), options.developmentPluginDirs(),
                options.builtInRules());
    }
}
