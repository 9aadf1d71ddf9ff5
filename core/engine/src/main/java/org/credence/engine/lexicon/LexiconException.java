package org.credence.engine.lexicon;

/** A lexicon file is missing or malformed; the message names the file and the reason. */
public final class LexiconException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LexiconException(String message, Throwable cause) {
        super(message, cause);
    }
}
