package org.credence.engine.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Reads a .json file holding one article object or an array of them. */
public final class JsonArticleReader implements ArticleReader {

    private final ObjectMapper json = JsonMapper.builder().build();

    public JsonArticleReader() {
        json.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
    }

    @Override
    public boolean accepts(Path file) {
        return FileNames.lowerName(file).endsWith(".json");
    }

    @Override
    public void read(Path file, ArticleSink sink) throws IOException {
        String text = TextDecoder.decode(Files.readAllBytes(file));
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UnreadableException("malformed JSON" + JsonProblems.where(e) + ": " + JsonProblems.what(e));
        }
        if (root == null || root.isMissingNode()) {
            throw new UnreadableException("no JSON value in the file");
        }
        String stem = FileNames.stem(file);
        if (root.isArray()) {
            int n = 0;
            for (JsonNode item : root) {
                n++;
                try {
                    sink.article(JsonArticleFields.toArticle(item, stem + "#" + n, file + "#" + n));
                } catch (UnreadableException e) {
                    sink.problem(new ReadProblem(file + "#" + n, e.getMessage()));
                }
            }
            if (n == 0) {
                throw new UnreadableException("an empty JSON array");
            }
        } else {
            sink.article(JsonArticleFields.toArticle(root, stem, file.toString()));
        }
    }
}
