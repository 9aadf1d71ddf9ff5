package org.credence.api;

import java.util.Objects;

/**
 * A piece of text that supports a finding, in the article the finding is about.
 *
 * @param span  where it stands in the article text
 * @param label what it is, in a word or two a reviewer can read ("source", "denial", "hedge")
 */
public record Evidence(Span span, String label) {

    public Evidence {
        Objects.requireNonNull(span, "span");
        label = Objects.requireNonNullElse(label, "");
    }
}
