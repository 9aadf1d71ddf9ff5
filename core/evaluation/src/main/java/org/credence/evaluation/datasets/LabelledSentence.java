package org.credence.evaluation.datasets;

import java.util.Objects;

/** A sentence (or a speaker's turn) and whether annotators marked it positive: check-worthy, uncertain. */
public record LabelledSentence(String id, String text, boolean positive) {

    public LabelledSentence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
