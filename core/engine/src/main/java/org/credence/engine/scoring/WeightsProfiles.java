package org.credence.engine.scoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.credence.engine.io.AtomicFiles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads and writes weights profiles as JSON:
 * {@code {"name": "newsroom", "baseline": 70, "rules": {"hedged-language": {"weight": 0.3, "enabled": false}}}}.
 * Errors name the file and the field.
 */
public final class WeightsProfiles {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private WeightsProfiles() {
    }

    public static WeightsProfile read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new ProfileException(file + ": no such file");
        } catch (JsonProcessingException e) {
            throw new ProfileException(file + ": not valid JSON at line " + e.getLocation().getLineNr() + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isObject()) {
            throw new ProfileException(file + ": a profile is a JSON object");
        }
        String name = root.path("name").asText(file.getFileName().toString());
        double baseline = WeightsProfile.DEFAULT_BASELINE;
        if (root.has("baseline")) {
            JsonNode b = root.get("baseline");
            if (!b.isNumber() || !(b.asDouble() > 0 && b.asDouble() < 100)) {
                throw new ProfileException(file + ": baseline must be a number between 0 and 100, was " + b);
            }
            baseline = b.asDouble();
        }
        Map<String, WeightsProfile.RuleSetting> rules = new LinkedHashMap<>();
        JsonNode rulesNode = root.path("rules");
        if (!rulesNode.isMissingNode() && !rulesNode.isObject()) {
            throw new ProfileException(file + ": rules must be an object keyed by rule id");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = rulesNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String where = file + ": rules." + e.getKey();
            JsonNode setting = e.getValue();
            if (!setting.isObject()) {
                throw new ProfileException(where + " must be an object with weight and/or enabled");
            }
            Double weight = null;
            if (setting.has("weight")) {
                JsonNode w = setting.get("weight");
                if (!w.isNumber() || w.asDouble() < 0 || w.asDouble() > 1) {
                    throw new ProfileException(where + ".weight must be within 0..1, was " + w);
                }
                weight = w.asDouble();
            }
            boolean enabled = true;
            if (setting.has("enabled")) {
                if (!setting.get("enabled").isBoolean()) {
                    throw new ProfileException(where + ".enabled must be true or false, was " + setting.get("enabled"));
                }
                enabled = setting.get("enabled").asBoolean();
            }
            rules.put(e.getKey(), new WeightsProfile.RuleSetting(weight, enabled));
        }
        return new WeightsProfile(name, baseline, rules);
    }

    public static void write(WeightsProfile profile, Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("name", profile.name());
        root.put("baseline", profile.baseline());
        ObjectNode rules = root.putObject("rules");
        new TreeMap<>(profile.rules()).forEach((id, s) -> {
            ObjectNode r = rules.putObject(id);
            if (s.weight() != null) {
                r.put("weight", s.weight());
            }
            r.put("enabled", s.enabled());
        });
        AtomicFiles.write(file, out -> JSON.writeValue(out, root));
    }

    /** A profile that cannot be used; the message names the file and the field. */
    public static final class ProfileException extends IOException {
        public ProfileException(String message) {
            super(message);
        }
    }
}
