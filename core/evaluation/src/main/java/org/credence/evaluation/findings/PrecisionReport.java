package org.credence.evaluation.findings;

import java.util.List;
import java.util.Optional;

import org.credence.evaluation.metrics.WilsonInterval;

/**
 * Precision per rule, and over all labelled findings.
 *
 * @param rules    one row per rule, by rule id
 * @param all      every labelled finding counted together: the precision of the labelled set, in which each rule
 *                 has the share the draw gave it (40 each, say), not the share it has among the findings made
 * @param weighted the precision of a finding picked at random from the reports drawn from: each rule's precision
 *                 weighted by its share of the findings; empty when the findings do not say how many each rule made
 *                 in one draw
 */
public record PrecisionReport(List<RulePrecision> rules, RulePrecision all, Optional<Weighted> weighted) {

    public PrecisionReport {
        rules = List.copyOf(rules);
    }

    /**
     * A stratified estimate: the rules are the strata, each weighted by its share of the findings.
     *
     * @param precision  the estimate
     * @param interval   an approximate 95% interval (normal, stratum variances from the Agresti-Coull adjusted
     *                   proportion, with the finite-population correction)
     * @param population how many findings the reports held in all
     */
    public record Weighted(double precision, WilsonInterval.Interval interval, int population) {
    }

    public Optional<RulePrecision> rule(String id) {
        return rules.stream().filter(r -> r.rule().equals(id)).findFirst();
    }
}
