package org.credence.api;

import java.util.List;
import java.util.Objects;

/**
 * Why two statements of one story are about the same thing: what they share. The engine's judgement
 * ({@link CorpusView#sameProposition}); a rule quotes {@link #describe()} so that a reviewer sees why two statements
 * were set side by side.
 *
 * @param terms         the words for what happens that both assert, as the first statement writes them
 *                      ("recruiting"), with the second's word after a slash when it differs ("recruiting/enlisted")
 * @param names         the names both mention ("Syria")
 * @param figureSubject what the figures of both count ("fighters"), or empty when they give no comparable figures
 */
public record SameProposition(List<String> terms, List<String> names, String figureSubject) {

    public SameProposition {
        terms = List.copyOf(terms);
        names = List.copyOf(names);
        figureSubject = Objects.requireNonNullElse(figureSubject, "");
        if (terms.isEmpty() && figureSubject.isEmpty()) {
            throw new IllegalArgumentException("two statements are the same proposition through a shared term or "
                    + "figure subject, never through names alone");
        }
    }

    /** @return what the two share, for an explanation: "both about recruiting/enlisted, with Syria" */
    public String describe() {
        StringBuilder s = new StringBuilder("both about ");
        if (!figureSubject.isEmpty()) {
            s.append("the number of ").append(figureSubject);
            if (!terms.isEmpty()) {
                s.append(", ");
            }
        }
        s.append(String.join(", ", terms));
        if (!names.isEmpty()) {
            s.append(", with ").append(String.join(", ", names));
        }
        return s.toString();
    }
}
