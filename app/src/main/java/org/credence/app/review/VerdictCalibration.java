package org.credence.app.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.credence.engine.scoring.WeightsProfile;

/**
 * Fits rule weights to reviewers' verdicts (docs/decisions/0034). A rule's precision is estimated from the verdicts
 * on its findings as the mean of a Beta(1, 1) posterior, (agreed + 1) / (judged + 2), so one verdict cannot set a
 * weight to 0 or leave it whole; its new weight is its weight in force times that precision, since a finding that
 * is wrong half the time should move a score half as far. The weight it scales is the rule's default (so fitting
 * twice does not shrink it twice); rules without verdicts keep the weight the reviews' profile gives them.
 *
 * <p>The fit is measured on verdicts held back: whole articles (a reviewer's verdicts on one article are not
 * independent) drawn with a seeded shuffle. On them it reports the Brier score (mean squared error of the
 * predicted chance that a finding is agreed with) of the fitted per-rule precisions, beside three baselines: every
 * finding right (what the weights in force assume), the pooled agreement rate of the training verdicts, and a coin
 * (0.5, Brier 0.25).
 */
public final class VerdictCalibration {

    /** How one rule came out. */
    public record RuleFit(String ruleId, int agreed, int judged, double precision, double defaultWeight,
                          double newWeight) {
    }

    /** The fit, its held-back measure and the profile it makes. */
    public record Result(List<RuleFit> rules, int trainVerdicts, int heldBackVerdicts, int heldBackArticles,
                         double brierFitted, double brierPooled, double brierAllRight, double brierCoin,
                         WeightsProfile profile) {
    }

    private final double holdout;
    private final long seed;

    /**
     * @param holdout share of the articles whose verdicts are held back, 0 to under 1
     * @param seed    seed of the shuffle that picks them
     */
    public VerdictCalibration(double holdout, long seed) {
        if (!(holdout >= 0 && holdout < 1)) {
            throw new IllegalArgumentException("--holdout must be from 0 to under 1, was " + holdout);
        }
        this.holdout = holdout;
        this.seed = seed;
    }

    /**
     * @param verdicts       the judged findings of every review
     * @param inForce        the profile the reviews were made under (switches, baseline, weights of unjudged rules)
     * @param defaultWeights each loaded rule's default weight, for rules the profile does not name
     */
    public Result fit(List<LabelledVerdict> verdicts, WeightsProfile inForce, Map<String, Double> defaultWeights) {
        if (verdicts.isEmpty()) {
            throw new IllegalArgumentException("the reviews hold no verdicts: agree with or reject some findings first");
        }
        Set<String> heldBack = heldBackArticles(verdicts);
        List<LabelledVerdict> train = new ArrayList<>();
        List<LabelledVerdict> test = new ArrayList<>();
        for (LabelledVerdict v : verdicts) {
            (heldBack.contains(v.article()) ? test : train).add(v);
        }
        Map<String, int[]> counts = new TreeMap<>();
        for (LabelledVerdict v : train) {
            int[] c = counts.computeIfAbsent(v.rule(), k -> new int[2]);
            c[0] += v.agreed() ? 1 : 0;
            c[1]++;
        }
        int agreedAll = train.stream().mapToInt(v -> v.agreed() ? 1 : 0).sum();
        double pooled = train.isEmpty() ? 0.5 : (double) agreedAll / train.size();

        List<RuleFit> fits = new ArrayList<>();
        Map<String, WeightsProfile.RuleSetting> settings = new HashMap<>(inForce.rules());
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            String rule = e.getKey();
            double precision = precision(e.getValue()[0], e.getValue()[1]);
            // from the rule's default weight, not the weight in force: calibrating twice must not shrink it twice
            double old = defaultWeights.containsKey(rule) ? defaultWeights.get(rule) : inForce.weightOf(rule, 0.5);
            double fitted = Math.round(old * precision * 1000) / 1000.0;
            fits.add(new RuleFit(rule, e.getValue()[0], e.getValue()[1], precision, old, fitted));
            settings.put(rule, new WeightsProfile.RuleSetting(fitted, inForce.isEnabled(rule)));
        }
        double fitted = 0;
        double pooledError = 0;
        double allRight = 0;
        for (LabelledVerdict v : test) {
            double y = v.agreed() ? 1 : 0;
            int[] c = counts.get(v.rule());
            double p = c == null ? pooled : precision(c[0], c[1]);
            fitted += (p - y) * (p - y);
            pooledError += (pooled - y) * (pooled - y);
            allRight += (1 - y) * (1 - y);
        }
        int n = test.size();
        WeightsProfile profile = new WeightsProfile("verdicts", inForce.baseline(), settings);
        return new Result(fits, train.size(), n, heldBack.size(), n == 0 ? Double.NaN : fitted / n,
                n == 0 ? Double.NaN : pooledError / n, n == 0 ? Double.NaN : allRight / n, n == 0 ? Double.NaN : 0.25,
                profile);
    }

    static double precision(int agreed, int judged) {
        return (agreed + 1.0) / (judged + 2.0);
    }

    /** A seeded share of the articles, whole: the same verdicts and seed always hold back the same articles. */
    private Set<String> heldBackArticles(List<LabelledVerdict> verdicts) {
        List<String> articles = new ArrayList<>(new TreeSet<>(verdicts.stream().map(LabelledVerdict::article).toList()));
        Collections.shuffle(articles, new Random(seed));
        int k = (int) Math.round(articles.size() * holdout);
        if (holdout > 0 && k == 0 && articles.size() > 1) {
            k = 1;
        }
        if (k >= articles.size()) {
            k = articles.size() - 1;   // something must be left to fit on
        }
        return new HashSet<>(articles.subList(0, Math.max(0, k)));
    }

    /** Each rule's default weight by id. */
    public static Map<String, Double> defaults(List<org.credence.engine.result.RuleDescriptor> rules) {
        Map<String, Double> out = new LinkedHashMap<>();
        rules.forEach(r -> out.put(r.id(), r.info().defaultWeight()));
        return out;
    }
}
