package org.credence.engine.rules;

import java.util.List;
import java.util.Optional;

import org.credence.api.AnalyzedArticle;
import org.credence.api.ClaimLink;
import org.credence.api.CorpusView;
import org.credence.api.CredibilityRule;
import org.credence.api.Evidence;
import org.credence.api.Finding;

/**
 * Checks what a rule returned before anything is scored: plugins are untrusted, and a bad span or a NaN would
 * otherwise surface far away as a wrong highlight or a broken score.
 */
public final class FindingValidator {

    // the limits are the plugin API's (CredibilityRule), so a rule's author reads them where the contract is
    private static final int MAX_FINDINGS = CredibilityRule.MAX_FINDINGS;
    private static final int MAX_EXPLANATION = CredibilityRule.MAX_EXPLANATION;
    private static final int MAX_EVIDENCE = CredibilityRule.MAX_EVIDENCE;
    private static final int MAX_RELATED = CredibilityRule.MAX_RELATED;

    /** The first problem with the findings, or empty when they are all valid. */
    public Optional<String> problem(String ruleId, AnalyzedArticle article, CorpusView corpus, List<Finding> findings) {
        if (findings == null) {
            return Optional.of("returned null instead of a list");
        }
        if (findings.size() > MAX_FINDINGS) {
            return Optional.of("returned " + findings.size() + " findings, more than the limit of " + MAX_FINDINGS);
        }
        int length = article.text().length();
        for (Finding f : findings) {
            if (f == null) {
                return Optional.of("returned a null finding");
            }
            if (!f.ruleId().equals(ruleId)) {
                return Optional.of("returned a finding of rule '" + f.ruleId() + "'");
            }
            if (!f.claimId().isEmpty() && article.claim(f.claimId()).isEmpty()) {
                return Optional.of("named claim '" + f.claimId() + "', which is not in article " + article.id());
            }
            if (!Double.isFinite(f.strength()) || f.strength() < -1 || f.strength() > 1) {
                return Optional.of("gave strength " + f.strength() + ", outside -1..1");
            }
            if (f.explanation().isBlank()) {
                return Optional.of("gave a finding without an explanation");
            }
            if (f.explanation().length() > MAX_EXPLANATION) {
                return Optional.of("gave an explanation of " + f.explanation().length() + " characters, more than "
                        + MAX_EXPLANATION);
            }
            if (f.evidence().size() > MAX_EVIDENCE || f.related().size() > MAX_RELATED) {
                return Optional.of("gave more than " + MAX_EVIDENCE + " pieces of evidence or " + MAX_RELATED
                        + " related claims");
            }
            for (Evidence e : f.evidence()) {
                if (!e.span().fitsIn(length)) {
                    return Optional.of("gave evidence " + e.span() + " outside the article's " + length
                            + " characters");
                }
            }
            for (ClaimLink r : f.related()) {
                if (corpus.claim(r.otherClaimId()).isEmpty()) {
                    return Optional.of("linked claim '" + r.otherClaimId() + "', which is not in the corpus");
                }
            }
        }
        return Optional.empty();
    }
}
