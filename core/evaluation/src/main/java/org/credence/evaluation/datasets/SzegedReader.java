package org.credence.evaluation.datasets;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Szeged Uncertainty Corpus (Wikipedia part) flattened to TSV with a header:
 * {@code doc_id sentence_id label cue_types cues text}, label {@code certain} or {@code uncertain}.
 */
public final class SzegedReader {

    public List<LabelledSentence> read(Path file) {
        return readAnnotated(file).stream().map(SzegedSentence::labelled).toList();
    }

    /** The sentences with their documents and marked cue phrases. */
    public List<SzegedSentence> readAnnotated(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DatasetException(file, "no such file");
        }
        List<SzegedSentence> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null || !header.startsWith("doc_id\tsentence_id\tlabel")) {
                throw new DatasetException(file, 1, "expected the header doc_id, sentence_id, label, cue_types, cues, text");
            }
            String line;
            long n = 1;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cols = line.split("\t", 6);
                if (cols.length != 6) {
                    throw new DatasetException(file, n, "expected 6 tab-separated columns, found " + cols.length);
                }
                boolean uncertain = switch (cols[2]) {
                    case "uncertain" -> true;
                    case "certain" -> false;
                    default -> throw new DatasetException(file, n, "label must be certain or uncertain, was '" + cols[2] + "'");
                };
                List<String> cues = cols[4].isBlank() ? List.of()
                        : java.util.Arrays.stream(cols[4].split("\\|")).map(String::strip).filter(c -> !c.isEmpty()).toList();
                out.add(new SzegedSentence(cols[0], cols[0] + "/" + cols[1], cols[5], uncertain, cues));
            }
        } catch (IOException e) {
            throw new DatasetException(file, "cannot be read: " + e.getMessage());
        }
        return out;
    }
}
