package org.credence.engine.corpus;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.credence.api.Words;
import org.credence.engine.lexicon.Lexicon;

/** What a figure counts, reduced so that "recruits" and "fighters" compare equal; from the {@code subjects} lexicon. */
final class Subjects {

    static final String LEXICON = "subjects";
    private static final String CASUALTY = "CASUALTY";

    private final Map<String, String> groupOf = new HashMap<>();
    private final Set<String> casualtyWords;

    Subjects(Lexicon lexicon) {
        for (Map.Entry<String, List<String>> g : lexicon.groups().entrySet()) {
            if (!g.getKey().equals(CASUALTY)) {
                g.getValue().forEach(w -> groupOf.put(Words.singular(w), g.getKey()));
            }
        }
        casualtyWords = Set.copyOf(lexicon.group(CASUALTY));
    }

    /** The subject a head noun belongs to: its group, else its singular form; empty for no noun. */
    String of(String noun) {
        if (noun.isBlank()) {
            return "";
        }
        String s = Words.singular(noun.toLowerCase(Locale.ROOT));
        return groupOf.getOrDefault(s, s);
    }

    boolean isCasualtyWord(String word) {
        return casualtyWords.contains(word);
    }
}
