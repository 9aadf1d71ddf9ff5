package org.credence.engine.rules;

import java.util.List;

import org.credence.engine.result.PluginStatus;
import org.credence.engine.result.RuleCatalog;
import org.credence.engine.result.RuleDescriptor;
import org.credence.engine.result.RuleFailure;

/**
 * The rules a loader made available, the plugins it saw, and what failed to load. Closing it stops the plugins.
 */
public final class LoadedRules implements AutoCloseable {

    private final List<LoadedRule> rules;
    private final List<PluginStatus> plugins;
    private final List<RuleFailure> failures;
    private final Runnable onClose;

    public LoadedRules(List<LoadedRule> rules, List<PluginStatus> plugins, List<RuleFailure> failures, Runnable onClose) {
        this.rules = List.copyOf(rules);
        this.plugins = List.copyOf(plugins);
        this.failures = List.copyOf(failures);
        this.onClose = onClose;
    }

    /** Rules in id order. */
    public List<LoadedRule> rules() {
        return rules;
    }

    public List<RuleDescriptor> descriptors() {
        return rules.stream().map(LoadedRule::descriptor).toList();
    }

    public List<PluginStatus> plugins() {
        return plugins;
    }

    /** Plugins that did not load or start, and rules refused (a duplicate id, an invalid info()). */
    public List<RuleFailure> failures() {
        return failures;
    }

    /** @return what was loaded, without the rule instances */
    public RuleCatalog catalog() {
        return new RuleCatalog(descriptors(), plugins, failures);
    }

    @Override
    public void close() {
        onClose.run();
    }
}
