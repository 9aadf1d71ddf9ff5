package org.credence.engine.rulepack;

import java.util.Objects;

/**
 * One thing wrong with a rule pack, where a trainer can find it.
 *
 * @param file    the pack file as given
 * @param line    the line the faulty value starts on, from 1
 * @param field   the field, as a path a person reads ("rules[0].effect"), or "" for the file as a whole
 * @param message what is wrong and, where it helps, what is allowed
 */
public record PackProblem(String file, int line, String field, String message) {

    public PackProblem {
        Objects.requireNonNull(file, "file");
        field = Objects.requireNonNullElse(field, "");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line: field: message}, the form compilers use, so editors can jump to it. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + (field.isEmpty() ? "" : field + ": ") + message;
    }
}
