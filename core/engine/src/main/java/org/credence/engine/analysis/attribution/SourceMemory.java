package org.credence.engine.analysis.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.credence.api.SourceKind;

/** The sources named so far in one article, for pronouns and for names used again without their role. */
final class SourceMemory {
    record Named(String name, SourceKind kind) {
    }

    private Named last;

    /** The last source named, or null. */
    Named last() {
        return last;
    }
    private final List<Named> all = new ArrayList<>();
    private final Map<String, Named> byWord = new HashMap<>();

    /** The last source named of that kind; with no kind known, the last source named. */
    Optional<Named> lastOfKind(Optional<SourceKind> kind) {
        if (kind.isEmpty()) {
            return Optional.ofNullable(last);
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).kind() == kind.get()) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

    void remember(String name, SourceKind kind, List<String> words) {
        last = new Named(name, kind);
        all.add(last);
        for (String w : words) {
            if (w.length() > 2 && Character.isLetter(w.charAt(0))) {
                byWord.putIfAbsent(w, last);
            }
        }
    }

    Optional<SourceKind> kindOf(String[] words) {
        for (String w : words) {
            Named n = byWord.get(w);
            if (n != null && n.kind() != SourceKind.OTHER) {
                return Optional.of(n.kind());
            }
        }
        return Optional.empty();
    }
}
