package org.credence.engine.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.credence.api.Article;

/** Reads a CSV of articles with a header row; which columns are which is a {@link ColumnMapping}. */
public final class CsvArticleReader implements ArticleReader {

    private final ColumnMapping mapping;

    public CsvArticleReader(ColumnMapping mapping) {
        this.mapping = mapping;
    }

    @Override
    public boolean accepts(Path file) {
        return FileNames.lowerName(file).endsWith(".csv");
    }

    @Override
    public void read(Path file, ArticleSink sink) throws IOException {
        read(file, Map.of(), new RowSink() {
            @Override
            public void row(Article article, Map<String, String> extra) {
                sink.article(article);
            }

            @Override
            public void problem(ReadProblem problem) {
                sink.problem(problem);
            }
        });
    }

    /**
     * Receives each article with the cells of the extra columns asked for (a label, say), keyed by the name the
     * caller gave them, and the rows that could not be read.
     */
    public interface RowSink {

        /** An article read, with its extra cells (stripped; empty when the row has no such cell). */
        void row(Article article, Map<String, String> extra);

        /** A row that could not be read. */
        void problem(ReadProblem problem);
    }

    /**
     * Reads the articles of a CSV file together with extra columns beside the article fields.
     *
     * @param extraColumns a name for each extra column to the header names tried for it, in order; every extra
     *                     column must be present, else the file is unreadable ("no label column (tried …)")
     */
    public void read(Path file, Map<String, List<String>> extraColumns, RowSink sink) throws IOException {
        String text = TextDecoder.decode(Files.readAllBytes(file));
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, String> columns = resolve(parser.getHeaderNames(), ColumnMapping.FIELDS, mapping::namesFor);
            requireColumn(columns, "text", mapping.namesFor("text"), parser.getHeaderNames());
            Map<String, String> extras = resolve(parser.getHeaderNames(), List.copyOf(extraColumns.keySet()),
                    name -> extraColumns.getOrDefault(name, List.of()));
            for (String name : extraColumns.keySet()) {
                requireColumn(extras, name, extraColumns.get(name), parser.getHeaderNames());
            }
            String stem = FileNames.stem(file);
            for (CSVRecord row : parser) {
                String where = file + ":" + parser.getCurrentLineNumber();
                String body = value(row, columns, "text");
                if (body.isBlank()) {
                    sink.problem(new ReadProblem(where, row.isConsistent() ? "empty text cell"
                            : "row has " + row.size() + " cells, the header " + parser.getHeaderNames().size()));
                    continue;
                }
                String id = value(row, columns, "id");
                Map<String, String> extra = new HashMap<>();
                extraColumns.keySet().forEach(name -> extra.put(name, value(row, extras, name)));
                sink.row(new Article(id.isBlank() ? stem + "#" + row.getRecordNumber() : id,
                        value(row, columns, "title"), value(row, columns, "outlet"), value(row, columns, "date"),
                        value(row, columns, "url"), body, where), extra);
            }
        } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new UnreadableException("malformed CSV: " + OneLine.message(e));
        }
    }

    private static void requireColumn(Map<String, String> resolved, String name, List<String> tried,
                                      List<String> headers) {
        if (!resolved.containsKey(name)) {
            List<String> found = headers.stream().map(h -> h.length() > 40 ? h.substring(0, 40) + "…" : h).toList();
            throw new UnreadableException("no " + name + " column (tried " + tried + "; found " + found + ")");
        }
    }

    /** For each name, the first of its header names the file has (matched ignoring case). */
    private static Map<String, String> resolve(List<String> headers, List<String> names,
                                               Function<String, List<String>> headerNames) {
        Map<String, String> byLower = new HashMap<>();
        headers.forEach(h -> byLower.putIfAbsent(h.strip().toLowerCase(Locale.ROOT), h));
        Map<String, String> out = new HashMap<>();
        for (String field : names) {
            for (String name : headerNames.apply(field)) {
                String header = byLower.get(name.toLowerCase(Locale.ROOT));
                if (header != null) {
                    out.put(field, header);
                    break;
                }
            }
        }
        return out;
    }

    private static String value(CSVRecord row, Map<String, String> columns, String field) {
        String header = columns.get(field);
        return header != null && row.isMapped(header) && row.isSet(header) ? row.get(header).strip() : "";
    }
}
