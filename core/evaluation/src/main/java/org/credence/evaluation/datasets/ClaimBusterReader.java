package org.credence.evaluation.datasets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** ClaimBuster's two-class JSON: a list of {@code {sentence_id, label, text}}, label 1 a check-worthy factual sentence. */
public final class ClaimBusterReader {

    private final ObjectMapper json = new ObjectMapper();

    public List<LabelledSentence> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DatasetException(file, "no such file");
        }
        JsonNode root;
        try {
            root = json.readTree(file.toFile());
        } catch (IOException e) {
            throw new DatasetException(file, "is not valid JSON: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
        if (root == null || !root.isArray()) {
            throw new DatasetException(file, "expected a JSON list of {sentence_id, label, text}");
        }
        List<LabelledSentence> out = new ArrayList<>(root.size());
        for (int i = 0; i < root.size(); i++) {
            JsonNode item = root.get(i);
            JsonNode text = item.get("text");
            JsonNode label = item.get("label");
            if (text == null || !text.isTextual() || label == null || !label.canConvertToInt()
                    || (label.asInt() != 0 && label.asInt() != 1)) {
                throw new DatasetException(file, "item " + (i + 1) + " needs a text and a label of 0 or 1");
            }
            String id = item.hasNonNull("sentence_id") ? item.get("sentence_id").asText() : String.valueOf(i + 1);
            out.add(new LabelledSentence(id, text.asText(), label.asInt() == 1));
        }
        return out;
    }
}
