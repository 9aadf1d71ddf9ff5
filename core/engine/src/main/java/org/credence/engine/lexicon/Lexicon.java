package org.credence.engine.lexicon;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A named word list, in groups: for instance the cue phrases lexicon has a group of hedges and a group of denials.
 * Read from a JSON file a trainer can edit:
 * <pre>{ "description": "...", "groups": { "HEDGE": ["reportedly", "allegedly"], "DENIAL": ["denied"] } }</pre>
 *
 * @param name        the file's name without ".json"
 * @param description what the lexicon is for
 * @param groups      group name to phrases, lower case, in file order
 * @param origin      where it was read from
 */
public record Lexicon(String name, String description, Map<String, List<String>> groups, String origin) {

    public Lexicon {
        Objects.requireNonNull(name, "name");
        description = Objects.requireNonNullElse(description, "");
        groups = Map.copyOf(groups);
        origin = Objects.requireNonNullElse(origin, "");
    }

    /** @return the phrases of a group, empty when the lexicon has no such group */
    public List<String> group(String groupName) {
        return groups.getOrDefault(groupName, List.of());
    }
}
