package org.credence.evaluation.datasets;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.credence.engine.io.ColumnMapping;

/**
 * Which columns of a labelled CSV hold the article fields (a {@link ColumnMapping}) and which the label. The label
 * column is looked for as "label", "credible", then "class"; {@code with("label", "is_real")} tries "is_real" first.
 *
 * @param articles     the article fields' columns
 * @param labelHeaders the header names tried for the label, in order
 */
public record LabelledColumns(ColumnMapping articles, List<String> labelHeaders) {

    /** The name of the label field, beside {@link ColumnMapping#FIELDS}. */
    public static final String LABEL = "label";

    public LabelledColumns {
        Objects.requireNonNull(articles, "articles");
        labelHeaders = List.copyOf(labelHeaders);
    }

    public static LabelledColumns defaults() {
        return new LabelledColumns(ColumnMapping.defaults(), List.of("label", "credible", "class"));
    }

    /** This mapping with {@code field} (an article field or "label") read first from {@code header}. */
    public LabelledColumns with(String field, String header) {
        Objects.requireNonNull(header, "header");
        if (LABEL.equals(field)) {
            List<String> names = new ArrayList<>();
            names.add(header);
            names.addAll(labelHeaders);
            return new LabelledColumns(articles, names);
        }
        if (!ColumnMapping.FIELDS.contains(field)) {
            List<String> known = new ArrayList<>(ColumnMapping.FIELDS);
            known.add(LABEL);
            throw new IllegalArgumentException("unknown field '" + field + "', expected one of " + known);
        }
        return new LabelledColumns(articles.with(field, header), labelHeaders);
    }
}
