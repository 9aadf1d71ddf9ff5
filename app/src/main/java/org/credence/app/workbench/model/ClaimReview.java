package org.credence.app.workbench.model;

import java.util.Objects;

/**
 * What a reviewer wrote about one claim.
 *
 * @param note     free text, "" for none
 * @param ownScore the reviewer's own score 0..100, or null to follow the findings
 */
public record ClaimReview(String note, Double ownScore) {

    public static final ClaimReview EMPTY = new ClaimReview("", null);

    public ClaimReview {
        note = Objects.requireNonNullElse(note, "");
        if (ownScore != null && !(ownScore >= 0 && ownScore <= 100)) {
            throw new IllegalArgumentException("own score must be within 0..100, was " + ownScore);
        }
    }

    public boolean isEmpty() {
        return note.isBlank() && ownScore == null;
    }
}
