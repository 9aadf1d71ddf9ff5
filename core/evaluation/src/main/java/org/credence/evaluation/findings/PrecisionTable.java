package org.credence.evaluation.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.credence.evaluation.EvaluationResult;
import org.credence.evaluation.Figure;

/** Precision per rule for people (a terminal table), for programs (JSON) and for the floors check. */
public final class PrecisionTable {

    public String render(PrecisionReport report) {
        StringBuilder out = new StringBuilder();
        String row = "%-28s %5s %8s %7s %10s %10s   %-16s %9s%n";
        out.append(String.format(Locale.ROOT, row, "rule", "n", "correct", "partly", "incorrect", "precision",
                "95% interval", "findings"));
        for (RulePrecision r : report.rules()) {
            out.append(line(row, r.rule(), r));
        }
        out.append(line(row, "all (labelled set)", report.all()));
        report.weighted().ifPresent(w -> out.append(String.format(Locale.ROOT, row, "all (share of findings)", "", "",
                "", "", String.format(Locale.ROOT, "%.3f", w.precision()),
                String.format(Locale.ROOT, "[%.3f, %.3f]", w.interval().low(), w.interval().high()),
                String.format(Locale.ROOT, "%d", w.population()))));
        out.append("partly counts as half; 95% Wilson score intervals")
                .append(report.weighted().isPresent() ? "; share of findings: each rule weighted by how many findings it"
                        + " made in the report drawn from (normal approximation)" : "")
                .append(System.lineSeparator());
        return out.toString();
    }

    private static String line(String format, String name, RulePrecision r) {
        String interval = r.n() == 0 ? "-" : String.format(Locale.ROOT, "[%.3f, %.3f]", r.interval().low(), r.interval().high());
        String precision = r.n() == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", r.precision());
        return String.format(Locale.ROOT, format, name, r.n(), r.correct(), r.partly(), r.incorrect(), precision, interval,
                r.population() > 0 ? Integer.toString(r.population()) : "");
    }

    /** The report as JSON, with the files read and how many findings were not labelled yet. */
    public ObjectNode toJson(PrecisionReport report, List<String> files, int notLabelled, List<String> problems) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("dataset", FindingsPrecision.DATASET);
        files.forEach(root.putArray("files")::add);
        root.put("credit", "correct 1, partly 0.5, incorrect 0");
        root.put("interval", "Wilson score, 95%");
        report.rules().forEach(r -> row(root.withArray("rules").addObject(), r));
        row(root.putObject("all"), report.all());
        if (report.weighted().isPresent()) {
            PrecisionReport.Weighted w = report.weighted().get();
            root.putObject("weighted").put("precision", w.precision()).put("low", w.interval().low())
                    .put("high", w.interval().high()).put("findings", w.population());
        } else {
            root.putNull("weighted");
        }
        root.put("notLabelled", notLabelled);
        problems.forEach(root.putArray("problems")::add);
        return root;
    }

    private static void row(ObjectNode n, RulePrecision r) {
        n.put("rule", r.rule()).put("n", r.n()).put("correct", r.correct()).put("partly", r.partly())
                .put("incorrect", r.incorrect());
        if (r.n() == 0) {
            n.putNull("precision").putNull("low").putNull("high");
        } else {
            n.put("precision", r.precision()).put("low", r.interval().low()).put("high", r.interval().high());
        }
        n.put("findings", r.population());
    }

    /**
     * The figures the floors file can name under {@code "findings"}: {@code precision} (all labelled findings) and
     * each rule's precision under its id.
     */
    public EvaluationResult toResult(PrecisionReport report, String source) {
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of("precision", report.all().precision()));
        report.rules().forEach(r -> figures.add(Figure.of(r.rule(), r.precision())));
        return new EvaluationResult(FindingsPrecision.DATASET, source, report.all().n(), "findings", figures);
    }
}
