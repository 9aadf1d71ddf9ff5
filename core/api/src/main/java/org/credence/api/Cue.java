package org.credence.api;

import java.util.Objects;

/**
 * A cue phrase found in the text, such as a hedge or a denial.
 *
 * @param span   where it stands
 * @param type   what it signals
 * @param phrase the lexicon entry it matched, in lower case ("reportedly")
 */
public record Cue(Span span, CueType type, String phrase) {

    public Cue {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        phrase = Objects.requireNonNullElse(phrase, "");
    }
}
