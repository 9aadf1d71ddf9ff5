package org.credence.api;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a rule is, for people and for the weights profile.
 *
 * @param id            permanent once published: lower case words joined by hyphens ("single-source-numbers");
 *                      weights profiles, exports and reviewers' verdicts refer to it
 * @param name          a short name for people ("Single-source numbers")
 * @param description   one or two sentences: what it flags and why a reader should care
 * @param defaultWeight how much its findings count, 0..1, before a weights profile changes it
 * @param signal        the credibility signal it stands for (a W3C Credibility Signals name), or empty
 * @param examples      texts it must fire on and texts it must leave alone; the rule contract test wants at least
 *                      one of each and holds the rule to every one
 */
public record RuleInfo(String id, String name, String description, double defaultWeight, String signal,
                       List<RuleExample> examples) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public RuleInfo {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id '" + id + "' must be lower-case words joined by hyphens");
        }
        name = Objects.requireNonNullElse(name, id);
        description = Objects.requireNonNullElse(description, "");
        signal = Objects.requireNonNullElse(signal, "");
        if (!(defaultWeight >= 0 && defaultWeight <= 1)) {
            throw new IllegalArgumentException("default weight of " + id + " must be within 0..1, was " + defaultWeight);
        }
        examples = List.copyOf(Objects.requireNonNullElse(examples, List.of()));
    }

    /** A rule without examples yet: it loads and runs, but fails the rule contract test until it has them. */
    public RuleInfo(String id, String name, String description, double defaultWeight, String signal) {
        this(id, name, description, defaultWeight, signal, List.of());
    }
}
