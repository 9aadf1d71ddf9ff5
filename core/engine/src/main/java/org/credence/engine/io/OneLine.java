package org.credence.engine.io;

/** An error as one line a person can read, for messages that name a file or a plugin and then say why. */
public final class OneLine {

    /** Longest text kept; a stack of causes or a whole file echoed in a message helps nobody. */
    static final int MAX = 300;

    private OneLine() {
    }

    /**
     * The root cause's class and the first line of its message ("NoSuchFileException: a.txt"), at most
     * {@value #MAX} characters; its class name alone when it has no message.
     */
    public static String of(Throwable e) {
        if (e == null) {
            return "unknown error";
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        String text = m == null || m.isBlank() ? root.getClass().getSimpleName()
                : root.getClass().getSimpleName() + ": " + m.lines().findFirst().orElse(m);
        return text.length() > MAX ? text.substring(0, MAX) + "…" : text;
    }

    /**
     * The first line of the exception's own message, for exceptions whose message was written for a person (a
     * refused change, an unusable profile); its class name when it has no message.
     */
    public static String message(Throwable e) {
        if (e == null) {
            return "unknown error";
        }
        String m = e.getMessage();
        String text = m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
        return text.length() > MAX ? text.substring(0, MAX) + "…" : text;
    }
}
