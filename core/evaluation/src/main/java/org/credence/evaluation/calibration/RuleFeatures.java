package org.credence.evaluation.calibration;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Claim;
import org.credence.engine.result.ArticleFinding;
import org.credence.engine.report.Report;
import org.credence.engine.scoring.Scorer;

/**
 * Builds one feature per rule per article from a report's findings, in the units a weight multiplies:
 *
 * <pre>x(rule) = Σ_claims c·s(rule, claim) / Σ_claims c  +  Σ s(rule, article-level findings)</pre>
 *
 * where s is the summed signed strength of the rule's findings on a claim and c the claim's check-worthiness weight
 * ({@link Scorer#claimWeight}). That is the check-worthiness-weighted mean the article score takes over its claims,
 * so while effects are small an article's score under weights w is about {@code B + 100 Σ w(rule)·x(rule)}: a
 * logistic regression on x has coefficients proportional to the weights that would rank articles the same way.
 * The strengths are signed (negative lowers trust), so a positive coefficient means the rule points the way it says.
 */
public final class RuleFeatures {

    private final List<String> ruleIds;

    /** @param ruleIds the rules to make a feature for, in the order reports and tables list them */
    public RuleFeatures(List<String> ruleIds) {
        this.ruleIds = List.copyOf(ruleIds);
    }

    public List<String> ruleIds() {
        return ruleIds;
    }

    /** @return article id to its features, for every article of the report's corpus, in corpus order */
    public Map<String, FeatureVector> of(Report report) {
        Map<String, Map<String, Double>> byClaim = new HashMap<>();
        Map<String, Map<String, Double>> byArticle = new HashMap<>();
        for (ArticleFinding f : report.findings()) {
            Map<String, Map<String, Double>> target = f.claimId().isEmpty() ? byArticle : byClaim;
            String key = f.claimId().isEmpty() ? f.articleId() : f.claimId();
            target.computeIfAbsent(key, k -> new HashMap<>()).merge(f.ruleId(), f.finding().strength(), Double::sum);
        }
        Map<String, FeatureVector> out = new LinkedHashMap<>();
        for (AnalyzedArticle article : report.corpus().articles()) {
            Map<String, Double> values = new HashMap<>();
            ruleIds.forEach(r -> values.put(r, 0.0));
            double weights = 0;
            for (Claim claim : article.claims()) {
                weights += Scorer.claimWeight(claim);
            }
            for (Claim claim : article.claims()) {
                double c = Scorer.claimWeight(claim) / weights;
                byClaim.getOrDefault(claim.id(), Map.of()).forEach((rule, s) -> values.computeIfPresent(rule, (k, v) -> v + c * s));
            }
            byArticle.getOrDefault(article.id(), Map.of()).forEach((rule, s) -> values.computeIfPresent(rule, (k, v) -> v + s));
            out.put(article.id(), new FeatureVector(article.id(), values));
        }
        return out;
    }
}
