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
        String text = TextDecoder.decode(Files.readAllBytes(file));
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, String> columns = resolve(parser.getHeaderNames());
            if (!columns.containsKey("text")) {
                List<String> found = parser.getHeaderNames().stream()
                        .map(h -> h.length() > 40 ? h.substring(0, 40) + "…" : h).toList();
                throw new UnreadableException("no text column (tried " + mapping.namesFor("text") + "; found "
                        + found + ")");
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
                sink.article(new Article(id.isBlank() ? stem + "#" + row.getRecordNumber() : id,
                        value(row, columns, "title"), value(row, columns, "outlet"), value(row, columns, "date"),
                        value(row, columns, "url"), body, where));
            }
        } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new UnreadableException("malformed CSV: " + oneLine(e));
        }
    }

    private Map<String, String> resolve(List<String> headers) {
        Map<String, String> byLower = new HashMap<>();
        headers.forEach(h -> byLower.putIfAbsent(h.strip().toLowerCase(Locale.ROOT), h));
        Map<String, String> out = new HashMap<>();
        for (String field : ColumnMapping.FIELDS) {
            for (String name : mapping.namesFor(field)) {
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

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
