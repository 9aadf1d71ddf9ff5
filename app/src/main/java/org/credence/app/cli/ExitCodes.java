package org.credence.app.cli;

/** The exit codes of every `credence` command, documented in docs/cli.md. */
public final class ExitCodes {

    /** Everything was read and every rule ran. */
    public static final int OK = 0;
    /** Results were written, but some inputs could not be read or some rules failed (each was reported). */
    public static final int PARTIAL = 1;
    /** The command line was wrong (picocli's usage error code). */
    public static final int USAGE = 2;
    /** Nothing could be scored or written: no readable article, an unreadable profile, an export that failed. */
    public static final int FAILED = 3;

    private ExitCodes() {
    }
}
