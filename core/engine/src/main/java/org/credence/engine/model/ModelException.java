package org.credence.engine.model;

/** A model file that is missing or malformed; the message names the file and, where it can, the line. */
public final class ModelException extends RuntimeException {

    public ModelException(String message) {
        super(message);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
