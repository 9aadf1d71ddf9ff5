package org.credence.engine.pipeline;

import java.util.List;

import org.credence.api.DuplicateGroup;
import org.credence.engine.io.ReadProblem;
import org.credence.engine.result.RuleFailure;

/**
 * What a bounded run did ({@link Engine#scoreBounded}); its scores are in the CSV it wrote.
 *
 * @param articles    articles scored
 * @param claims      their claims
 * @param findings    the findings on them
 * @param failures    plugins that failed to load, then rules that failed on an article
 * @param problems    inputs that could not be read or analysed
 * @param groups      groups of copies
 * @param parts       the parts the run was judged in
 * @param largestPart the most articles one part loaded
 */
public record BoundedResult(int articles, int claims, int findings, List<RuleFailure> failures,
                            List<ReadProblem> problems, List<DuplicateGroup> groups, int parts, int largestPart) {

    public BoundedResult {
        failures = List.copyOf(failures);
        problems = List.copyOf(problems);
        groups = List.copyOf(groups);
    }
}
