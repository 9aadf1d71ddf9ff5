package org.credence.app.cli;

import java.io.PrintWriter;
import java.util.List;

import org.credence.engine.io.OneLine;
import org.credence.engine.io.ReadProblem;
import org.credence.engine.result.RuleFailure;

import picocli.CommandLine.Model.CommandSpec;

/**
 * What a command tells the person besides its results, on standard error: each error, unreadable input and rule
 * failure on one line that starts with "credence: " and names the file or plugin and the reason, and a progress bar
 * while a batch is scored. Results go to standard output, so they can be piped while problems stay visible.
 */
final class Console {

    private static final String PREFIX = "credence: ";

    private final PrintWriter err;

    Console(CommandSpec spec) {
        this(spec.commandLine().getErr());
    }

    Console(PrintWriter err) {
        this.err = err;
    }

    /** One line: what went wrong, with the file or thing it concerns. */
    void error(String message) {
        err.println(PREFIX + message);
        err.flush();
    }

    /** A line about what is being done ("fakes measured in 4.2 s"), in the same form, so logs read alike. */
    void note(String message) {
        error(message);
    }

    /** The exception's message as one line, after what was being done ("cannot write the export"). */
    void error(String doing, Throwable e) {
        error(doing + ": " + OneLine.message(e));
    }

    /** Further lines under an error, indented (every problem of a rule pack, say). */
    void details(List<String> lines) {
        lines.forEach(l -> err.println("  " + l));
        err.flush();
    }

    void problems(List<ReadProblem> problems) {
        problems.forEach(p -> err.println(PREFIX + p));
        err.flush();
    }

    void failures(List<RuleFailure> failures) {
        failures.forEach(f -> err.println(PREFIX + describe(f)));
        err.flush();
    }

    /**
     * A progress bar redrawn in place; drawn only when {@code wanted}, for more than one article, and on a terminal
     * (carriage returns make no sense in a log file).
     */
    ProgressBar progress(boolean wanted, int articles) {
        return new ProgressBar(err, wanted && articles > 1 && System.console() != null);
    }

    /** "rule R (plugin P) failed on A: reason", or "plugin P failed: reason" for a plugin that did not load. */
    static String describe(RuleFailure f) {
        String where = f.articleId().isEmpty() ? "" : " on " + f.articleId();
        if (f.ruleId().isEmpty()) {
            return "plugin " + f.pluginId() + " failed" + where + ": " + f.reason();
        }
        return "rule " + f.ruleId() + " (plugin " + f.pluginId() + ") failed" + where + ": " + f.reason();
    }
}
