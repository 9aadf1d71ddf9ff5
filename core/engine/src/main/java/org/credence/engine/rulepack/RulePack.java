package org.credence.engine.rulepack;

import java.util.List;
import java.util.Objects;

/**
 * A file of rules written without Java: each rule a condition on a claim, an effect and an explanation.
 *
 * @param id          the pack's permanent id, listed, enabled and disabled like a plugin's
 * @param name        a name for people
 * @param version     the pack's version, as its author numbers it
 * @param author      who wrote it
 * @param license     under which licence it is shared
 * @param description what it is for
 * @param rules       its rules, at least one
 */
public record RulePack(String id, String name, String version, String author, String license, String description,
                       List<PackRule> rules) {

    public RulePack {
        Objects.requireNonNull(id, "id");
        rules = List.copyOf(rules);
    }
}
