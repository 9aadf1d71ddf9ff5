package org.credence.engine.io;

import java.io.Serializable;
import java.util.Objects;

/**
 * An input that could not be read; the rest of the batch goes on without it.
 *
 * @param location the file (with a line or row where it applies)
 * @param reason   why, in a few words ("empty file", "binary file", "malformed JSON at line 3: ...")
 */
public record ReadProblem(String location, String reason) implements Serializable {

    public ReadProblem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(reason, "reason");
        // one line whatever a file's content smuggles into a message (a header with a line break, say)
        reason = reason.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    /** @return the one line shown to the user: "FILE: REASON" */
    @Override
    public String toString() {
        return location + ": " + reason;
    }
}
