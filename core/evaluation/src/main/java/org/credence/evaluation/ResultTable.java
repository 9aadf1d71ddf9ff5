package org.credence.evaluation;

import java.util.List;
import java.util.Locale;

/** Renders results as the table the terminal shows: data set, figure, value, and the anchor beside it. */
public final class ResultTable {

    public String render(List<EvaluationResult> results) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-12s %-44s %8s   %s%n", "data set", "figure", "value", "anchor"));
        for (EvaluationResult r : results) {
            out.append(String.format(Locale.ROOT, "%-12s %-44s %8d   %s%n", r.dataset(), r.unit(), r.items(), r.source()));
            for (Figure f : r.figures()) {
                String anchor = f.hasAnchor() ? String.format(Locale.ROOT, "%.3f  %s", f.anchor(), f.anchorLabel()) : "";
                out.append(String.format(Locale.ROOT, "%-12s %-44s %8s   %s%n", "", f.name(), format(f.value()), anchor));
            }
        }
        return out.toString();
    }

    private static String format(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return v == Math.rint(v) && Math.abs(v) > 1 ? String.format(Locale.ROOT, "%.0f", v)
                : String.format(Locale.ROOT, "%.3f", v);
    }
}
