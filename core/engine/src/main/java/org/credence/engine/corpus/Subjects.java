package org.credence.engine.corpus;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
                g.getValue().forEach(w -> groupOf.put(singular(w), g.getKey()));
            }
        }
        casualtyWords = Set.copyOf(lexicon.group(CASUALTY));
    }

    /** The subject a head noun belongs to: its group, else its singular form; empty for no noun. */
    String of(String noun) {
        if (noun.isBlank()) {
            return "";
        }
        String s = singular(noun.toLowerCase(Locale.ROOT));
        return groupOf.getOrDefault(s, s);
    }

    boolean isCasualtyWord(String word) {
        return casualtyWords.contains(word);
    }

    /** A crude singular: "fighters" to "fighter", "casualties" to "casualty", "personnel" unchanged. */
    static String singular(String w) {
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
