package org.credence.engine.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Claim;
import org.credence.api.CorpusView;
import org.credence.engine.result.ArticleFinding;
import org.credence.engine.result.RuleDescriptor;

/**
 * Turns findings into scores under a weights profile; see docs/scoring.md.
 *
 * <p>A claim starts at the baseline B. A finding's raw points are 100 × weight × strength. Positive raw points P
 * lift the score towards 100 and negative ones N pull it towards 0, each saturating:
 * {@code score = B + (100-B)(1-e^(-P/(100-B))) - B(1-e^(-N/B))}. Each finding is shown with its share of its side,
 * so the baseline plus the shown points is the score, exactly. An article starts at the mean of its claims' scores,
 * weighted by check-worthiness, and its article-level findings move it the same way.
 *
 * <p>Scoring reads findings only, so a new profile re-scores without analysing anything again.
 */
public final class Scorer {

    public ScoreSheet score(List<ArticleFinding> findings, CorpusView corpus, List<RuleDescriptor> rules,
                            WeightsProfile profile) {
        Map<String, Double> defaults = new HashMap<>();
        MeasuredPrecision measured = MeasuredPrecision.bundled();   // a rule wrong most of the time weighs less
        rules.forEach(r -> defaults.put(r.id(), measured.defaultWeight(r.id(), r.info().defaultWeight())));
        Map<String, List<Contribution>> raw = new HashMap<>();
        for (ArticleFinding af : findings) {
            String ruleId = af.ruleId();
            if (!profile.isEnabled(ruleId) || !defaults.containsKey(ruleId)) {
                continue;
            }
            double weight = profile.weightOf(ruleId, defaults.get(ruleId));
            String key = af.claimId().isEmpty() ? "article:" + af.articleId() : af.claimId();
            raw.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new Contribution(af.finding(), weight, 100 * weight * af.finding().strength()));
        }
        double baseline = profile.baseline();
        Map<String, ClaimScore> claims = new LinkedHashMap<>();
        Map<String, ArticleScore> articles = new LinkedHashMap<>();
        for (AnalyzedArticle article : corpus.articles()) {
            double weighted = 0;
            double weights = 0;
            for (Claim claim : article.claims()) {
                Saturated s = saturate(baseline, raw.getOrDefault(claim.id(), List.of()));
                claims.put(claim.id(), new ClaimScore(claim.id(), baseline, s.score(), s.contributions()));
                double w = claimWeight(claim);
                weighted += w * s.score();
                weights += w;
            }
            double base = weights == 0 ? baseline : weighted / weights;
            Saturated s = saturate(base, raw.getOrDefault("article:" + article.id(), List.of()));
            articles.put(article.id(), new ArticleScore(article.id(), base, s.score(), s.contributions()));
        }
        return new ScoreSheet(profile, claims, articles);
    }

    /** How much a claim counts in its article's score: its check-worthiness, at least 0.05. */
    public static double claimWeight(Claim claim) {
        return Math.max(0.05, claim.checkWorthiness());
    }

    record Saturated(double score, List<Contribution> contributions) {
    }

    /** Applies raw contributions around a base, returning the score and each contribution's shown points. */
    static Saturated saturate(double base, List<Contribution> raw) {
        double positive = 0;
        double negative = 0;
        for (Contribution c : raw) {
            if (c.points() > 0) {
                positive += c.points();
            } else {
                negative -= c.points();
            }
        }
        double headroom = 100 - base;
        double up = positive == 0 || headroom <= 0 ? 0 : headroom * (1 - Math.exp(-positive / headroom));
        double down = negative == 0 || base <= 0 ? 0 : base * (1 - Math.exp(-negative / base));
        List<Contribution> shown = new ArrayList<>(raw.size());
        for (Contribution c : raw) {
            double points = c.points() > 0 ? up * c.points() / positive : c.points() < 0 ? -down * -c.points() / negative : 0;
            shown.add(new Contribution(c.finding(), c.weight(), points));
        }
        double score = base + up - down;
        return new Saturated(Math.max(0, Math.min(100, score)), shown);
    }
}
