package org.credence.app.review;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.credence.engine.io.AtomicFiles;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Verdicts as a labelled-findings file, the format {@code credence eval findings} reads (docs/decisions/0029): JSON
 * Lines, UTF-8, one finding a line with {@code article}, {@code claim}, {@code rule}, {@code label} (agreed is
 * {@code correct}, rejected {@code incorrect}), {@code reason} and {@code labeller}. Written atomically.
 */
public final class LabelledFindingsWriter {

    private final ObjectMapper json = new ObjectMapper();

    public void write(List<LabelledVerdict> verdicts, String labeller, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            for (LabelledVerdict v : verdicts) {
                w.write(line(v, labeller));
                w.write('\n');
            }
            w.flush();
        });
    }

    String line(LabelledVerdict v, String labeller) throws IOException {
        ObjectNode n = json.createObjectNode();
        n.put("article", v.article());
        n.put("claim", v.claim());
        n.put("rule", v.rule());
        n.put("label", v.label());
        n.put("reason", v.reason());
        n.put("labeller", labeller);
        return json.writeValueAsString(n);
    }
}
