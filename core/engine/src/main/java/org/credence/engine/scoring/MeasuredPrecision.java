package org.credence.engine.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Each built-in rule's precision as measured on findings an editor labelled (docs/labelling-findings.md, decision
 * 0039): the share of its findings that hold up, with a 95% Wilson interval. A finding carries its rule's figure in
 * the reports, and the default profile weights each rule by it: a rule right three times in ten moves a score a
 * third as much as its declared weight. A rule with no measurement (a third party's plugin) keeps its declared weight.
 *
 * <p>The table is the {@code --json} output of {@code credence eval findings} on the held-out labelled set, kept as a
 * resource ({@value #RESOURCE}); it is immutable once read.
 *
 * @param set   the labelled set it was measured on
 * @param rules rule id to its measured precision
 */
public record MeasuredPrecision(String set, Map<String, RulePrecision> rules) {

    static final String RESOURCE = "/org/credence/engine/scoring/measured-precision.json";

    public MeasuredPrecision {
        rules = Map.copyOf(rules);
    }

    /** The table shipped with the engine. */
    public static MeasuredPrecision bundled() {
        return Bundled.TABLE;
    }

    /** Reads a table in the layout {@code credence eval findings --json} writes. */
    public static MeasuredPrecision read(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        Map<String, RulePrecision> rules = new LinkedHashMap<>();
        for (JsonNode r : root.path("rules")) {
            String id = r.path("rule").asText();
            if (id.isEmpty() || id.startsWith("all")) {
                continue;   // the overall rows
            }
            rules.put(id, new RulePrecision(id, r.path("precision").asDouble(), r.path("low").asDouble(),
                    r.path("high").asDouble(), r.path("n").asInt()));
        }
        return new MeasuredPrecision(root.path("files").path(0).asText(""), rules);
    }

    /** The rule's measured precision, if it was measured. */
    public Optional<RulePrecision> of(String ruleId) {
        return Optional.ofNullable(rules.get(ruleId));
    }

    /** The weight a profile that does not name the rule gives it: its declared weight times its precision. */
    public double defaultWeight(String ruleId, double declaredWeight) {
        return of(ruleId).map(p -> Math.round(declaredWeight * p.precision() * 1000) / 1000.0).orElse(declaredWeight);
    }

    /**
     * One rule's measured precision.
     *
     * @param ruleId    the rule
     * @param precision correct 1, partly 0.5, incorrect 0, over the findings labelled
     * @param low       lower end of the 95% Wilson interval
     * @param high      upper end
     * @param labelled  how many of its findings were labelled
     */
    public record RulePrecision(String ruleId, double precision, double low, double high, int labelled) {
    }

    private static final class Bundled {
        static final MeasuredPrecision TABLE = load();

        private static MeasuredPrecision load() {
            try (InputStream in = MeasuredPrecision.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    return new MeasuredPrecision("", Map.of());
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }
}
