package org.credence.api;

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
 */
public record RuleInfo(String id, String name, String description, double defaultWeight, String signal) {

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
    }
}
