package org.credence.spark;

import java.io.PrintWriter;
import java.util.List;

import org.credence.engine.io.OneLine;
import org.credence.engine.io.ReadProblem;
import org.credence.engine.result.RuleFailure;

/**
 * What a run tells the person besides its results: each error, unreadable input and rule failure on one line of
 * standard error starting with "credence-spark: ", as `credence score` does with "credence: "; the summary on
 * standard output.
 */
final class Console {

    private static final String PREFIX = "credence-spark: ";

    private final PrintWriter out;
    private final PrintWriter err;

    Console(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    void error(String message) {
        err.println(PREFIX + message);
        err.flush();
    }

    void error(String doing, Throwable e) {
        error(doing + ": " + OneLine.of(e));
    }

    void problems(List<ReadProblem> problems) {
        problems.forEach(p -> err.println(PREFIX + p));
        err.flush();
    }

    void failures(List<RuleFailure> failures) {
        failures.forEach(f -> err.println(PREFIX + describe(f)));
        err.flush();
    }

    void summary(String line) {
        out.println(line);
        out.flush();
    }

    /** "rule R (plugin P) failed on A: reason", or "plugin P failed: reason", as `credence score` says it. */
    static String describe(RuleFailure f) {
        String where = f.articleId().isEmpty() ? "" : " on " + f.articleId();
        if (f.ruleId().isEmpty()) {
            return "plugin " + f.pluginId() + " failed" + where + ": " + f.reason();
        }
        return "rule " + f.ruleId() + " (plugin " + f.pluginId() + ") failed" + where + ": " + f.reason();
    }
}
