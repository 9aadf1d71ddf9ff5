package org.credence.engine.io;

/** A file is not an article of its format; the message is the reason a person reads, in one line. */
public final class UnreadableException extends RuntimeException {

    public UnreadableException(String reason) {
        super(reason);
    }
}
