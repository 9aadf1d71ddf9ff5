package org.credence.evaluation;

import java.util.List;
import java.util.Optional;

/**
 * What one evaluation measured on one data set.
 *
 * @param dataset the data set's short name ("checkthat")
 * @param source  the path read
 * @param items   how many items were scored, in the data set's own unit
 * @param unit    that unit ("debates", "sentences", "documents", "articles")
 * @param figures the figures, in the order a table shows them
 */
public record EvaluationResult(String dataset, String source, int items, String unit, List<Figure> figures) {

    public EvaluationResult {
        figures = List.copyOf(figures);
    }

    public Optional<Figure> figure(String name) {
        return figures.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
