package org.credence.spark;

/** The exit codes of {@code credence-spark}, those of {@code credence score} (docs/cli.md). */
final class ExitCodes {

    /** Everything was read and every rule ran. */
    static final int OK = 0;
    /** Results were written, but some inputs could not be read or analysed, or some rules failed. */
    static final int PARTIAL = 1;
    /** The command line was wrong (picocli's usage error code). */
    static final int USAGE = 2;
    /** Nothing could be scored or written. */
    static final int FAILED = 3;

    private ExitCodes() {
    }
}
