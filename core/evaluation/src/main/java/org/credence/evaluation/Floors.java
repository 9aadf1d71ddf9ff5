package org.credence.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.credence.engine.io.OneLine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The lowest value each figure may fall to, kept in the repository ({@code eval/floors.json}) so that a change that
 * makes Credence worse on outside data fails CI:
 * <pre>{"floors": {"checkthat": {"map": 0.12}, "szeged": {"f1": 0.45}}}</pre>
 * Any other top-level field (a note on how the floors were set) is ignored.
 */
public record Floors(Map<String, Map<String, Double>> byDataset) {

    /** A figure that fell below its floor, or was not measured at all. */
    public record Breach(String dataset, String figure, double value, double floor) {
        public String describe() {
            return Double.isNaN(value)
                    ? String.format(Locale.ROOT, "%s %s was not measured (floor %.3f)", dataset, figure, floor)
                    : String.format(Locale.ROOT, "%s %s is %.3f, below its floor %.3f", dataset, figure, value, floor);
        }
    }

    public Floors {
        Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
        byDataset.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));   // file order, for stable reports
        byDataset = Collections.unmodifiableMap(copy);
    }

    public static Floors read(Path file, List<String> knownDatasets) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read as JSON: " + OneLine.message(e));
        }
        JsonNode floors = root == null ? null : root.get("floors");
        if (floors == null || !floors.isObject()) {
            throw new IllegalArgumentException(file + ": needs an object \"floors\": {dataset: {figure: lowest value}}");
        }
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = floors.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> dataset = it.next();
            if (!knownDatasets.contains(dataset.getKey())) {
                throw new IllegalArgumentException(file + ": floors." + dataset.getKey() + " is not a data set; expected one of "
                        + knownDatasets);
            }
            Map<String, Double> figures = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> f = dataset.getValue().fields(); f.hasNext(); ) {
                Map.Entry<String, JsonNode> figure = f.next();
                if (!figure.getValue().isNumber()) {
                    throw new IllegalArgumentException(file + ": floors." + dataset.getKey() + "." + figure.getKey()
                            + " must be a number");
                }
                figures.put(figure.getKey(), figure.getValue().asDouble());
            }
            out.put(dataset.getKey(), figures);
        }
        return new Floors(out);
    }

    /** The figures of the data sets measured that fell below their floors; data sets not measured are not checked. */
    public List<Breach> check(List<EvaluationResult> results) {
        List<Breach> breaches = new ArrayList<>();
        for (EvaluationResult result : results) {
            Map<String, Double> floors = byDataset.getOrDefault(result.dataset(), Map.of());
            floors.forEach((figure, floor) -> {
                double value = result.figure(figure).map(Figure::value).orElse(Double.NaN);
                if (Double.isNaN(value) || value < floor) {
                    breaches.add(new Breach(result.dataset(), figure, value, floor));
                }
            });
        }
        return breaches;
    }
}
