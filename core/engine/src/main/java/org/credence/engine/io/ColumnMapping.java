package org.credence.engine.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which CSV columns hold which article field. Each field lists the header names tried in order; the defaults fit
 * most exports. A user's mapping ("text=content") puts its name first.
 */
public record ColumnMapping(Map<String, List<String>> columns) {

    /** The fields an article has. */
    public static final List<String> FIELDS = List.of("id", "title", "outlet", "date", "url", "text");

    public ColumnMapping {
        columns = Map.copyOf(columns);
    }

    public static ColumnMapping defaults() {
        return new ColumnMapping(Map.of(
                "id", List.of("id", "article_id", "unit_id", "uuid"),
                "title", List.of("title", "headline", "article_title"),
                "outlet", List.of("outlet", "source", "publisher", "site", "site_name"),
                "date", List.of("date", "published", "publish_date"),
                "url", List.of("url", "link", "article_url"),
                "text", List.of("text", "body", "content", "article", "article_content")));
    }

    /** This mapping with {@code field} read first from {@code header}. */
    public ColumnMapping with(String field, String header) {
        if (!FIELDS.contains(field)) {
            throw new IllegalArgumentException("unknown article field '" + field + "', expected one of " + FIELDS);
        }
        Map<String, List<String>> copy = new HashMap<>(columns);
        List<String> names = new ArrayList<>();
        names.add(Objects.requireNonNull(header));
        names.addAll(columns.getOrDefault(field, List.of()));
        copy.put(field, names);
        return new ColumnMapping(copy);
    }

    List<String> namesFor(String field) {
        return columns.getOrDefault(field, List.of());
    }
}
