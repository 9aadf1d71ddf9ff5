package org.credence.evaluation.findings;

import java.util.Objects;

/**
 * Where a finding to label was drawn from, so that a set can be drawn again and read in its context.
 *
 * @param set          the set's name ("before-2026-12")
 * @param seed         the draw's seed
 * @param corpus       what was scored, in words ("evaluation pool of eval/findings/pools.json")
 * @param commit       the Credence commit whose rules made the findings
 * @param report       the file name of the {@code credence score --json} report drawn from
 * @param ruleFindings how many findings of this rule the report held: the population the draw sampled
 * @param drawn        how many of them were drawn
 */
public record DrawOrigin(String set, long seed, String corpus, String commit, String report, int ruleFindings,
                         int drawn) {

    public DrawOrigin {
        set = Objects.requireNonNullElse(set, "");
        corpus = Objects.requireNonNullElse(corpus, "");
        commit = Objects.requireNonNullElse(commit, "");
        report = Objects.requireNonNullElse(report, "");
    }
}
