package org.credence.evaluation.findings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.credence.evaluation.metrics.WilsonInterval;

/** Measures precision per rule on labelled findings (correct 1, partly a half, incorrect 0) with 95% intervals. */
public final class FindingsPrecision {

    /** The data-set name of labelled findings, as {@code credence eval} and the floors file spell it. */
    public static final String DATASET = "findings";

    /**
     * @param labelled findings with a label (others are ignored)
     * @param rules    rules to list even when none of their findings is labelled (they get n = 0)
     */
    public PrecisionReport measure(Collection<FindingRecord> labelled, Collection<String> rules) {
        Map<String, RulePrecision> byRule = new TreeMap<>();
        rules.forEach(r -> byRule.put(r, new RulePrecision(r, 0, 0, 0, 0)));
        RulePrecision all = new RulePrecision(RulePrecision.ALL, 0, 0, 0, 0);
        Map<String, Set<Integer>> populations = new TreeMap<>();
        Set<String> sets = new TreeSet<>();
        boolean everyOriginKnown = true;
        for (FindingRecord r : labelled) {
            if (r.verdict().isEmpty()) {
                continue;
            }
            Label label = r.verdict().get();
            byRule.merge(r.rule(), new RulePrecision(r.rule(), 0, 0, 0, 0).add(label), (a, b) -> a.add(label));
            all = all.add(label);
            Optional<DrawOrigin> origin = r.drawOrigin().filter(o -> o.ruleFindings() > 0);
            if (origin.isPresent()) {
                populations.computeIfAbsent(r.rule(), k -> new TreeSet<>()).add(origin.get().ruleFindings());
                sets.add(origin.get().set());
            } else {
                everyOriginKnown = false;
            }
        }
        List<RulePrecision> rows = new ArrayList<>();
        for (RulePrecision row : byRule.values()) {
            Set<Integer> p = populations.getOrDefault(row.rule(), Set.of());
            rows.add(p.size() == 1 ? row.withPopulation(p.iterator().next()) : row);
        }
        boolean oneDraw = everyOriginKnown && sets.size() == 1 && all.n() > 0
                && populations.values().stream().allMatch(p -> p.size() == 1);
        Optional<PrecisionReport.Weighted> weighted = oneDraw ? weighted(rows) : Optional.empty();
        return new PrecisionReport(rows, all, weighted);
    }

    private static Optional<PrecisionReport.Weighted> weighted(List<RulePrecision> rows) {
        List<RulePrecision> strata = rows.stream().filter(r -> r.n() > 0).toList();
        if (rows.stream().anyMatch(r -> r.n() == 0 && r.population() > 0)) {
            return Optional.empty();   // a rule that made findings but has none labelled cannot be weighed in
        }
        int total = strata.stream().mapToInt(RulePrecision::population).sum();
        double z2 = WilsonInterval.Z95 * WilsonInterval.Z95;
        double estimate = 0;
        double variance = 0;
        for (RulePrecision r : strata) {
            double w = (double) r.population() / total;
            double adjusted = (r.credit() + z2 / 2) / (r.n() + z2);
            double fpc = r.population() > 1 ? (double) (r.population() - r.n()) / (r.population() - 1) : 0;
            estimate += w * r.precision();
            variance += w * w * adjusted * (1 - adjusted) / (r.n() + z2) * Math.max(0, fpc);
        }
        double half = WilsonInterval.Z95 * Math.sqrt(variance);
        return Optional.of(new PrecisionReport.Weighted(estimate,
                new WilsonInterval.Interval(Math.max(0, estimate - half), Math.min(1, estimate + half)), total));
    }
}
