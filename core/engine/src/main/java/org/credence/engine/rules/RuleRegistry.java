package org.credence.engine.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.credence.api.CredibilityRule;
import org.credence.api.RuleInfo;
import org.credence.engine.io.OneLine;
import org.credence.engine.result.PluginStatus;
import org.credence.engine.result.RuleDescriptor;
import org.credence.engine.result.RuleFailure;

/**
 * What the {@link RuleSource}s of one load found, in the order they found it: the plugins and packs with their
 * status, the rules, and every failure. A rule whose {@link RuleInfo} cannot be read, or whose id an earlier rule
 * took, is refused here, whichever source it came from.
 */
public final class RuleRegistry {

    private final List<PluginStatus> statuses = new ArrayList<>();
    private final List<RuleFailure> failures = new ArrayList<>();
    private final Map<String, LoadedRule> rules = new LinkedHashMap<>();

    RuleRegistry() {
    }

    /** Records a plugin or pack as found. */
    public void status(PluginStatus status) {
        statuses.add(status);
    }

    /** Records a failure. */
    public void failure(RuleFailure failure) {
        failures.add(failure);
    }

    /** @return the path of the plugin or pack an earlier source listed under this id, if any */
    public Optional<String> takenBy(String pluginId) {
        return statuses.stream().filter(s -> s.id().equals(pluginId)).map(PluginStatus::path).findFirst();
    }

    /** Adds a rule unless its info cannot be read or its id is taken; either is recorded as a failure. */
    public void rule(CredibilityRule rule, String pluginId, String version, String source) {
        RuleInfo info;
        try {
            info = rule.info();
        } catch (RuntimeException e) {
            failures.add(new RuleFailure(pluginId, rule.getClass().getName(), "", "info() failed: " + OneLine.of(e)));
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

    LoadedRules build(List<Runnable> unloaders) {
        List<LoadedRule> sorted = new ArrayList<>(rules.values());
        sorted.sort(Comparator.comparing(LoadedRule::id));
        return new LoadedRules(sorted, statuses, failures, () -> unloaders.forEach(Runnable::run));
    }
}
