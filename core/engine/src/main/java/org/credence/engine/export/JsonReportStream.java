package org.credence.engine.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.credence.api.DuplicateGroup;
import org.credence.engine.io.ReadProblem;
import org.credence.engine.result.RuleFailure;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A JSON report written as a run goes ({@link JsonReportExporter#open}): the head when opened, then the articles one
 * by one in the run's order, then the tail. Only one article is in memory at a time, so a run of any size can be
 * reported. Closing flushes; it does not close the stream it writes to.
 */
public final class JsonReportStream implements Closeable {

    /** Makes the fields after the articles. */
    interface Tail {
        ObjectNode of(List<DuplicateGroup> groups, List<RuleFailure> failures, List<ReadProblem> problems);
    }

    private final ObjectMapper json;
    private final JsonGenerator out;
    private final Tail tail;
    private boolean finished;

    JsonReportStream(ObjectMapper json, OutputStream target, ObjectNode head, Tail tail) throws IOException {
        this.json = json;
        this.tail = tail;
        // the mapper's writer sets the generator up as the mapper writes a whole tree: the same indentation
        this.out = json.writer().createGenerator(target, JsonEncoding.UTF8);
        out.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        out.writeStartObject();
        fields(head);
        out.writeArrayFieldStart("articles");
    }

    /** One article's entry, as {@link JsonReportExporter#articlesById} made it. */
    public void article(String compact) throws IOException {
        article(json.readTree(compact));
    }

    void article(JsonNode node) throws IOException {
        if (finished) {
            throw new IllegalStateException("the report is finished");
        }
        out.writeTree(node);
    }

    /** Ends the articles and writes what the whole run adds: groups of copies, rule failures, read problems. */
    public void finish(List<DuplicateGroup> groups, List<RuleFailure> failures, List<ReadProblem> problems)
            throws IOException {
        if (finished) {
            throw new IllegalStateException("the report is finished");
        }
        finished = true;
        out.writeEndArray();
        fields(tail.of(groups, failures, problems));
        out.writeEndObject();
        out.flush();
    }

    private void fields(ObjectNode node) throws IOException {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            out.writeFieldName(field.getKey());
            out.writeTree(field.getValue());
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
