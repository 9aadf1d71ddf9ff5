package org.credence.evaluation.datasets;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.credence.api.Article;

/**
 * FA-KES and other article-level credibility sets: a CSV with a header, an id, a title, an outlet, the article text
 * and a label, 1 credible and 0 not. The column names tried are FA-KES's and the usual alternatives.
 */
public final class FakesReader {

    private static final List<String> ID = List.of("unit_id", "id", "article_id");
    private static final List<String> TITLE = List.of("article_title", "title", "headline");
    private static final List<String> TEXT = List.of("article_content", "text", "content", "body");
    private static final List<String> OUTLET = List.of("source", "outlet", "publisher");
    private static final List<String> DATE = List.of("date", "published");
    private static final List<String> LABEL = List.of("label", "credible");

    public List<LabelledArticle> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DatasetException(file, "no such file");
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
            Map<String, Integer> header = csv.getHeaderMap();
            String id = column(header, ID, file, "id");
            String text = column(header, TEXT, file, "text");
            String label = column(header, LABEL, file, "label");
            String title = optional(header, TITLE);
            String outlet = optional(header, OUTLET);
            String date = optional(header, DATE);
            List<LabelledArticle> out = new ArrayList<>();
            for (CSVRecord r : csv) {
                String value = r.isSet(label) ? r.get(label).strip() : "";
                if (!value.equals("0") && !value.equals("1")) {
                    throw new DatasetException(file, r.getRecordNumber() + 1, "label must be 0 or 1, was '" + value + "'");
                }
                Article article = new Article(r.get(id), get(r, title), get(r, outlet), get(r, date), "", get(r, text),
                        file.toString());
                out.add(new LabelledArticle(article, value.equals("1")));
            }
            return out;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new DatasetException(file, "is not a readable CSV: " + e.getMessage());
        }
    }

    private static String column(Map<String, Integer> header, List<String> names, Path file, String what) {
        String found = optional(header, names);
        if (found == null) {
            throw new DatasetException(file, "has no " + what + " column (tried " + String.join(", ", names) + ")");
        }
        return found;
    }

    private static String optional(Map<String, Integer> header, List<String> names) {
        return names.stream().filter(header::containsKey).findFirst().orElse(null);
    }

    private static String get(CSVRecord r, String column) {
        return column == null || !r.isSet(column) ? "" : r.get(column);
    }
}
