package org.credence.engine.report;

import java.util.List;
import java.util.Objects;
import org.credence.api.CorpusView;
import org.credence.api.Finding;
import org.credence.engine.io.ReadProblem;
import org.credence.engine.result.ArticleFinding;
import org.credence.engine.result.RuleDescriptor;
import org.credence.engine.result.RuleFailure;
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
public record Report(CorpusView corpus, List<RuleDescriptor> rules, List<ArticleFinding> findings, List<RuleFailure> failures,
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
        return findings.stream().filter(f -> f.claimId().equals(claimId)).map(ArticleFinding::finding).toList();
    }

    /** The findings about an article as a whole (not about one of its claims). */
    public List<Finding> articleFindings(String articleId) {
        return findings.stream().filter(f -> f.articleId().equals(articleId) && f.claimId().isEmpty())
                .map(ArticleFinding::finding).toList();
    }

    /** @return the same run scored anew, as after a change of weights */
    public Report withScores(ScoreSheet newScores) {
        return new Report(corpus, rules, findings, failures, newScores, problems);
    }
}
