package org.credence.engine.rules;

import java.util.List;

import org.credence.api.ApiVersion;
import org.credence.api.CredibilityRule;

/** Rules given in-process rather than by plugins: tests, and programs that embed the engine. */
public final class BuiltInRules implements RuleSource {

    /** The plugin id and source label of rules given in-process. */
    public static final String BUILT_IN = "built-in";

    private final List<CredibilityRule> rules;

    public BuiltInRules(List<CredibilityRule> rules) {
        this.rules = List.copyOf(rules);
    }

    @Override
    public Runnable load(RuleRegistry registry) {
        rules.forEach(rule -> registry.rule(rule, BUILT_IN, ApiVersion.current(), BUILT_IN));
        return () -> {
        };
    }
}
