package org.credence.engine.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Loads rules from their sources, in the order given, into one set: rules in id order, the plugins and packs with
 * their status, and every failure. A rule id taken by an earlier source is refused for the later one.
 */
public final class RuleLoader {

    public LoadedRules load(List<RuleSource> sources) {
        RuleRegistry registry = new RuleRegistry();
        List<Runnable> unloaders = new ArrayList<>();
        for (RuleSource source : sources) {
            unloaders.add(source.load(registry));
        }
        return registry.build(unloaders);
    }
}
