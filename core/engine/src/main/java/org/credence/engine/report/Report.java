package org.credence.engine.report;

import java.util.List;
import java.util.Objects;
import org.credence.api.CorpusView;
import org.credence.api.Finding;
import org.credence.engine.io.ReadProblem;
import org.credence.engine.rules.RuleDescriptor;
import org.credence.engine.rules.RuleFailure;
import org.credence.engine.scoring.ScoreSheet;

/**
 * Everything one scoring run produced; the exporters and the workbench render it.
 *
 * @param corpus   the analysed articles with their near-duplicate groups and claim links
 * @param rules    the rules that ran
 * @param findings every valid finding, by article in corpus order, then by rule
 * @param failures every rule failure
 * @param scores   the scores under the run's weights profile
 * @param problems the inputs that could not be read
 */
public record Report(CorpusView corpus, List<RuleDescriptor> rules, List<Finding> findings, List<RuleFailure> failures,
                     ScoreSheet scores, List<ReadProblem> problems) {

    public Report {
        Objects.requireNonNull(corpus, "corpus");
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
        failures = List.copyOf(failures);
        Objects.requireNonNull(scores, "scores");
        problems = List.copyOf(problems);
    }

    /** @return the findings about one claim */
    public List<Finding> findingsFor(String claimId) {
        return findings.stream().filter(f -> f.claimId().equals(claimId)).toList();
    }

    /** @return the same run scored anew, as after a change of weights */
    public Report withScores(ScoreSheet newScores) {
        return new Report(corpus, rules, findings, failures, newScores, problems);
    }
}
