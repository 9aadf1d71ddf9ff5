package org.credence.engine.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads .jsonl and .jsonl.gz files one line at a time, so a corpus of any size streams through in bounded memory;
 * a bad line is a problem of that line alone.
 */
public final class JsonLinesReader implements ArticleReader {

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public boolean accepts(Path file) {
        String name = FileNames.lowerName(file);
        return name.endsWith(".jsonl") || name.endsWith(".jsonl.gz") || name.endsWith(".ndjson");
    }

    @Override
    public void read(Path file, ArticleSink sink) throws IOException {
        String stem = FileNames.stem(file);
        int lineNumber = 0;
        int articles = 0;
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = FileNames.lowerName(file).endsWith(".gz") ? new GZIPInputStream(raw, 65536) : raw;
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPLACE)), 65536)) {
            String line;
            while ((line = lines.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String where = file + ":" + lineNumber;
                try {
                    sink.article(JsonArticleFields.toArticle(json.readTree(line), stem + "#" + lineNumber, where));
                    articles++;
                } catch (JsonProcessingException e) {
                    sink.problem(new ReadProblem(where, "malformed JSON: " + JsonProblems.what(e)));
                } catch (UnreadableException e) {
                    sink.problem(new ReadProblem(where, e.getMessage()));
                }
            }
        } catch (ZipException e) {
            throw new UnreadableException("not a valid gzip file: " + e.getMessage());
        }
        if (lineNumber == 0) {
            throw new UnreadableException("empty file");
        }
    }
}
