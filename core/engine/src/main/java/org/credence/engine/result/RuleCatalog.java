package org.credence.engine.result;

import java.util.List;

/**
 * What loading the rules gave: the rules, the plugins and rule packs seen with their state, and what failed.
 *
 * @param descriptors the rules loaded, in id order
 * @param plugins     every plugin jar, development module and rule pack seen, with its state
 * @param failures    plugins and packs that did not load or start, and rules refused (a taken id, an unreadable info)
 */
public record RuleCatalog(List<RuleDescriptor> descriptors, List<PluginStatus> plugins, List<RuleFailure> failures) {

    public RuleCatalog {
        descriptors = List.copyOf(descriptors);
        plugins = List.copyOf(plugins);
        failures = List.copyOf(failures);
    }

    /** @return the plugins and packs that failed to load */
    public List<PluginStatus> failedPlugins() {
        return plugins.stream().filter(p -> PluginStatus.FAILED.equals(p.state())).toList();
    }
}
