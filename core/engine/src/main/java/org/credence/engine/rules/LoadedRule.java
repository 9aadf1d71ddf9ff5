package org.credence.engine.rules;

import java.util.Objects;

import org.credence.api.CredibilityRule;
import org.credence.engine.result.RuleDescriptor;

/** A rule instance with what is known of it; the instance is created once and shared by all threads. */
public record LoadedRule(RuleDescriptor descriptor, CredibilityRule rule) {

    public LoadedRule {
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(rule, "rule");
    }

    public String id() {
        return descriptor.id();
    }
}
