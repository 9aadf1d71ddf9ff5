package org.credence.engine.pipeline;

import java.util.List;
import java.util.Locale;

import org.credence.api.AnalyzedArticle;
import org.credence.engine.report.Report;
import org.credence.engine.result.RuleFailure;
import org.credence.engine.io.ReadProblem;
import org.credence.engine.progress.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes what a run did to the log, so a reviewer has a file to attach to a bug report: one summary line, a warning
 * per rule failure and per unreadable input, and (at debug level) each article's score as the run computed it.
 */
final class RunLog {

    private static final Logger LOG = LoggerFactory.getLogger(RunLog.class);

    private RunLog() {
    }

    /** How long a stage of a run took: the log file is where a slow run on a large archive is diagnosed. */
    static void stage(ProgressListener.Stage stage, int articles, long nanos) {
        LOG.info("{} of {} articles took {} s", stage.name().toLowerCase(Locale.ROOT), articles,
                String.format(Locale.ROOT, "%.1f", nanos / 1e9));
    }

    /** How a bounded run was cut: a part much larger than the window is a story too large to cut. */
    static void parts(int parts, int largest, long loads, int window) {
        LOG.info("judged in {} parts of at most {} articles loaded (window {}), {} articles loaded in all", parts,
                largest, window, loads);
    }

    static void log(Report report, int rulesRun) {
        summary(report.corpus().size(), report.corpus().articles().stream().mapToInt(a -> a.claims().size()).sum(),
                report.findings().size(), rulesRun, report.failures(), report.problems());
        articles(report);
    }

    /** The run's summary line, then a warning per rule failure and per unreadable input. */
    static void summary(int articles, int claims, int findings, int rulesRun, List<RuleFailure> failures,
                        List<ReadProblem> problems) {
        LOG.info("scored {} articles: {} claims, {} findings; {} rules ran, {} rule failures, {} unreadable inputs",
                articles, claims, findings, rulesRun, failures.size(), problems.size());
        for (RuleFailure f : failures) {
            LOG.warn("rule {} (plugin {}) failed{}: {}", f.ruleId(), f.pluginId(),
                    f.articleId().isEmpty() ? "" : " on " + f.articleId(), f.reason());
        }
        for (ReadProblem p : problems) {
            LOG.warn("unreadable input {}", p);
        }
    }

    /** At debug level, each article's score as the run computed it. */
    static void articles(Report report) {
        if (LOG.isDebugEnabled()) {
            for (AnalyzedArticle a : report.corpus().articles()) {
                report.scores().article(a.id()).ifPresent(s -> LOG.debug("article {} score {} ({} claims)", a.id(),
                        String.format(Locale.ROOT, "%.1f", s.score()), a.claims().size()));
            }
        }
    }
}
