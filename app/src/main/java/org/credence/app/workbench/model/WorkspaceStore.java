package org.credence.app.workbench.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.credence.engine.io.AtomicFiles;
import org.credence.engine.scoring.WeightsProfile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads and writes workspace files (JSON). Writes are atomic: the old file is replaced only by a complete new one,
 * so a crash or a full disk never leaves a reviewer's verdicts half-written.
 */
public final class WorkspaceStore {

    /** Layout version written into every file. */
    public static final int FORMAT = 1;

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public void write(Workspace ws, Path file) throws IOException {
        ObjectNode root = json.createObjectNode();
        root.put("format", "credence-workspace/" + FORMAT);
        ws.inputs().forEach(root.putArray("inputs")::add);
        ObjectNode profile = root.putObject("profile");
        profile.put("name", ws.profile().name());
        profile.put("baseline", ws.profile().baseline());
        ObjectNode rules = profile.putObject("rules");
        new TreeMap<>(ws.profile().rules()).forEach((id, s) -> {
            ObjectNode r = rules.putObject(id);
            if (s.weight() != null) {
                r.put("weight", s.weight());
            }
            r.put("enabled", s.enabled());
        });
        ObjectNode verdicts = root.putObject("verdicts");
        new TreeMap<>(ws.verdicts()).forEach((k, v) -> {
            if (v != Verdict.NONE) {
                verdicts.put(k, v.name());
            }
        });
        ObjectNode reviews = root.putObject("reviews");
        new TreeMap<>(ws.reviews()).forEach((claim, r) -> {
            if (!r.isEmpty()) {
                ObjectNode n = reviews.putObject(claim).put("note", r.note());
                if (r.ownScore() != null) {
                    n.put("ownScore", r.ownScore());
                }
            }
        });
        root.put("selected", ws.selected());
        AtomicFiles.write(file, out -> json.writeValue(out, root));
    }

    public Workspace read(Path file) throws IOException {
        JsonNode root;
        try {
            root = json.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such workspace file");
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": not a workspace file (malformed JSON at line " + e.getLocation().getLineNr()
                    + ")");
        }
        if (root == null || !root.isObject() || !root.path("format").asText().startsWith("credence-workspace/")) {
            throw new IOException(file + ": not a Credence workspace file");
        }
        List<String> inputs = new ArrayList<>();
        root.path("inputs").forEach(n -> inputs.add(n.asText()));
        JsonNode p = root.path("profile");
        Map<String, WeightsProfile.RuleSetting> rules = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = p.path("rules").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode w = e.getValue().get("weight");
            rules.put(e.getKey(), new WeightsProfile.RuleSetting(w == null ? null : w.asDouble(),
                    e.getValue().path("enabled").asBoolean(true)));
        }
        WeightsProfile profile = new WeightsProfile(p.path("name").asText("workspace"),
                p.path("baseline").asDouble(WeightsProfile.DEFAULT_BASELINE), rules);
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("verdicts").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            try {
                verdicts.put(e.getKey(), Verdict.valueOf(e.getValue().asText()));
            } catch (IllegalArgumentException ex) {
                throw new IOException(file + ": verdict of " + e.getKey() + " is not one of ACCEPTED, REJECTED");
            }
        }
        Map<String, ClaimReview> reviews = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("reviews").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode own = e.getValue().get("ownScore");
            reviews.put(e.getKey(), new ClaimReview(e.getValue().path("note").asText(""),
                    own == null || own.isNull() ? null : own.asDouble()));
        }
        return new Workspace(inputs, profile, verdicts, reviews, root.path("selected").asText(""));
    }
}
