package org.credence.engine.pipeline;

import java.io.Serializable;
import java.util.List;

import org.credence.engine.io.ReadProblem;
import org.credence.engine.result.RuleFailure;

/**
 * What one part of a run gave ({@link Engine#scorePart}): the CSV rows of the articles it judged and what the run's
 * summary counts.
 *
 * @param rows     one per article judged, by index
 * @param claims   the claims of those articles
 * @param findings the findings on them
 * @param failures the rules that failed on them
 * @param problems articles that could not be analysed again (none when analysis is deterministic, as it is)
 */
public record ScoredPart(List<ScoredRows> rows, int claims, int findings, List<RuleFailure> failures,
                         List<ReadProblem> problems) implements Serializable {

    public ScoredPart {
        rows = List.copyOf(rows);
        failures = List.copyOf(failures);
        problems = List.copyOf(problems);
    }
}
