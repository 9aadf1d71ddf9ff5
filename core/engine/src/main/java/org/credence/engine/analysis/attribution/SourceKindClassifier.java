package org.credence.engine.analysis.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.credence.api.SourceKind;
import org.credence.engine.analysis.text.TokenText;
import org.credence.engine.lexicon.Lexicon;
import org.credence.engine.lexicon.LexiconException;

/**
 * Tells what kind of source a phrase names, from the {@code source-kinds} lexicon: the match that ends nearest the
 * phrase's head wins ("Russia's defence minister" is an official, "an army spokesperson" military), except that
 * state media and anonymity win wherever they appear.
 */
final class SourceKindClassifier {

    static final String LEXICON = "source-kinds";
    private static final String ROLES = "ROLES";

    private record Entry(String[] words, SourceKind kind) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Set<String> roles = new HashSet<>();

    SourceKindClassifier(Lexicon lexicon) {
        for (Map.Entry<String, List<String>> group : lexicon.groups().entrySet()) {
            if (group.getKey().equals(ROLES)) {
                group.getValue().forEach(roles::add);
                continue;
            }
            SourceKind kind;
            try {
                kind = SourceKind.valueOf(group.getKey());
            } catch (IllegalArgumentException e) {
                throw new LexiconException(lexicon.origin() + ": group \"" + group.getKey()
                        + "\" is not a source kind (" + Arrays.toString(SourceKind.values()) + ") or ROLES", e);
            }
            group.getValue().forEach(p -> entries.add(new Entry(TokenText.words(p), kind)));
        }
    }

    /** Whether a noun names a role a person or body plays, so that without a name it is an unnamed source. */
    boolean isRole(String word) {
        return roles.contains(word);
    }

    /** The kind the words name, if any group matches them. */
    Optional<SourceKind> classify(String[] words) {
        SourceKind best = null;
        int bestEnd = -1;
        int bestLength = 0;
        for (int i = 0; i < words.length; i++) {
            for (Entry e : entries) {
                int n = e.words().length;
                if (i + n > words.length || !matches(words, i, e.words())) {
                    continue;
                }
                int end = i + n - 1;
                if (e.kind() == SourceKind.STATE_MEDIA || e.kind() == SourceKind.ANONYMOUS) {
                    return Optional.of(e.kind());
                }
                if (end > bestEnd || end == bestEnd && n > bestLength) {
                    best = e.kind();
                    bestEnd = end;
                    bestLength = n;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean matches(String[] words, int at, String[] phrase) {
        for (int k = 0; k < phrase.length; k++) {
            if (!words[at + k].equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }
}
