package org.credence.engine.rulepack;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.credence.api.CueType;
import org.credence.api.QuantityKind;
import org.credence.api.RuleExample;
import org.credence.api.RuleInfo;
import org.credence.api.SourceKind;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a rule pack (JSON) and checks all of it before any rule is made, so a trainer sees every mistake at once,
 * each with its line and field. The format is described in docs/rule-packs.md.
 */
public final class RulePackReader {

    /** Packs are hand-written; anything larger is not one. */
    static final long MAX_BYTES = 1 << 20;
    /** With the claim filled in, an explanation stays well inside the engine's limit of 2,000 characters. */
    static final int MAX_EXPLANATION = 1_000;

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> PACK_FIELDS = Set.of("pack", "name", "version", "author", "license",
            "description", "rules");
    private static final Set<String> RULE_FIELDS = Set.of("id", "name", "description", "weight", "signal", "when",
            "unless", "effect", "explanation", "examples");
    private static final Set<String> EXAMPLE_FIELDS = Set.of("fires", "silent");
    private static final Set<String> CONDITION_FIELDS = Set.of("phrases", "cues", "sources", "quantity");
    private static final Set<String> QUANTITY_FIELDS = Set.of("kinds", "atLeast", "atMost", "nouns");

    private final ObjectMapper mapper;

    public RulePackReader() {
        JsonFactory factory = JsonFactory.builder().enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        factory.enable(JsonParser.Feature.ALLOW_COMMENTS);   // trainers annotate their packs
        this.mapper = new ObjectMapper(factory);
    }

    /** Reads and validates a pack file. */
    public RulePack read(Path file) throws RulePackException {
        String name = file.toString();
        String json;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw problem(name, 1, "", "is larger than 1 MB; a rule pack is a short hand-written file");
            }
            json = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw problem(name, 1, "", "is not UTF-8 text");
        } catch (IOException e) {
            throw problem(name, 1, "", "cannot be read: " + e.getMessage());
        }
        return parse(name, json);
    }

    /** Validates a pack given as text; {@code name} names it in problems. */
    public RulePack parse(String name, String json) throws RulePackException {
        if (json.startsWith("\uFEFF")) {
            json = json.substring(1);
        }
        if (json.isBlank()) {
            throw problem(name, 1, "", "is empty");
        }
        JsonNode root;
        JsonLines lines;
        try {
            root = mapper.readTree(json);
            lines = JsonLines.of(mapper.getFactory(), json);
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage().lines().findFirst().orElse("malformed JSON");
            throw problem(name, e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr()), "",
                    "is not valid JSON: " + message);
        } catch (IOException e) {
            throw problem(name, 1, "", "cannot be read: " + e.getMessage());
        }
        Check check = new Check(name, lines);
        RulePack pack = check.pack(root);
        if (!check.problems.isEmpty()) {
            throw new RulePackException(check.problems);
        }
        return pack;
    }

    private static RulePackException problem(String file, int line, String field, String message) {
        return new RulePackException(List.of(new PackProblem(file, line, field, message)));
    }

    /** One pass over the tree, collecting problems rather than stopping at the first. */
    private static final class Check {
        final String file;
        final JsonLines lines;
        final List<PackProblem> problems = new ArrayList<>();

        Check(String file, JsonLines lines) {
            this.file = file;
            this.lines = lines;
        }

        void fail(String pointer, String message) {
            problems.add(new PackProblem(file, lines.line(pointer), JsonLines.field(pointer), message));
        }

        RulePack pack(JsonNode root) {
            if (!root.isObject()) {
                fail("", "must be a JSON object with \"pack\" and \"rules\"");
                return null;
            }
            unknownFields(root, "", PACK_FIELDS);
            String id = id(root, "/pack", "pack");
            String name = text(root, "/name", id);
            String version = text(root, "/version", "1");
            String author = text(root, "/author", "");
            String license = text(root, "/license", "");
            String description = text(root, "/description", "");
            List<PackRule> rules = new ArrayList<>();
            JsonNode list = root.get("rules");
            if (list == null) {
                fail("", "has no \"rules\": a pack needs at least one rule");
            } else if (!list.isArray() || list.isEmpty()) {
                fail("/rules", "must be a list of at least one rule");
            } else {
                Set<String> ids = new HashSet<>();
                for (int i = 0; i < list.size(); i++) {
                    PackRule rule = rule(list.get(i), "/rules/" + i);
                    if (rule != null && !ids.add(rule.info().id())) {
                        fail("/rules/" + i + "/id", "'" + rule.info().id() + "' is used by an earlier rule of this pack");
                    } else if (rule != null) {
                        rules.add(rule);
                    }
                }
            }
            return id == null ? null : new RulePack(id, name, version, author, license, description, rules);
        }

        PackRule rule(JsonNode node, String at) {
            if (!node.isObject()) {
                fail(at, "must be an object with \"id\", \"when\", \"effect\" and \"explanation\"");
                return null;
            }
            int before = problems.size();
            unknownFields(node, at, RULE_FIELDS);
            String id = id(node, at + "/id", "id");
            String name = text(node, at + "/name", id);
            String description = text(node, at + "/description", "");
            String signal = text(node, at + "/signal", "");
            double weight = number(node, at + "/weight", 0.5, 0, 1, "a weight from 0 to 1");
            ClaimCondition when = condition(node.get("when"), at + "/when", at, true);
            ClaimCondition unless = node.has("unless") ? condition(node.get("unless"), at + "/unless", at, false)
                    : ClaimCondition.NOTHING;
            double effect = Double.NaN;
            if (!node.has("effect")) {
                fail(at, "has no \"effect\": a strength from -1 (lowers the score) to 1 (raises it)");
            } else {
                effect = number(node, at + "/effect", Double.NaN, -1, 1,
                        "a strength from -1 (lowers the score) to 1 (raises it)");
                if (effect == 0) {
                    fail(at + "/effect", "is 0, so the rule would change nothing; use a strength from -1 to 1");
                }
            }
            ExplanationTemplate explanation = explanation(node, at, when);
            List<RuleExample> examples = examples(node.get("examples"), at + "/examples");
            if (problems.size() > before || id == null || when == null || explanation == null) {
                return null;
            }
            return new PackRule(new RuleInfo(id, name, description, weight, signal, examples), when, unless, effect,
                    explanation);
        }

        /** {"fires": ["a text it must flag", ...], "silent": ["a text it must leave alone", ...]}, both optional. */
        List<RuleExample> examples(JsonNode node, String at) {
            if (node == null) {
                return List.of();
            }
            if (!node.isObject()) {
                fail(at, "must be an object with \"fires\" and \"silent\", each a list of texts");
                return List.of();
            }
            unknownFields(node, at, EXAMPLE_FIELDS);
            List<RuleExample> out = new ArrayList<>();
            strings(node, at + "/fires").forEach(t -> out.add(RuleExample.firesOn(t)));
            strings(node, at + "/silent").forEach(t -> out.add(RuleExample.silentOn(t)));
            return out;
        }

        ExplanationTemplate explanation(JsonNode rule, String at, ClaimCondition when) {
            JsonNode node = rule.get("explanation");
            if (node == null) {
                fail(at, "has no \"explanation\": the sentence a reviewer reads when the rule speaks");
                return null;
            }
            if (!node.isTextual() || node.asText().isBlank()) {
                fail(at + "/explanation", "must be a non-empty text");
                return null;
            }
            if (node.asText().length() > MAX_EXPLANATION) {
                fail(at + "/explanation", "is " + node.asText().length() + " characters long; keep it under "
                        + MAX_EXPLANATION + ", a sentence or two a reviewer reads at a glance");
                return null;
            }
            ExplanationTemplate t = new ExplanationTemplate(node.asText());
            boolean ok = true;
            for (String unknown : t.unknownPlaceholders()) {
                fail(at + "/explanation", "{" + unknown + "} is not a placeholder; use one of "
                        + String.join(", ", ExplanationTemplate.PLACEHOLDERS.keySet().stream().sorted()
                        .map(p -> "{" + p + "}").toList()));
                ok = false;
            }
            if (when != null) {
                ok &= needs(t, "phrase", !when.phrases().isEmpty(), "phrases", at);
                ok &= needs(t, "cue", !when.cues().isEmpty(), "cues", at);
                ok &= needs(t, "quantity", when.quantity() != null, "quantity", at);
                ok &= needs(t, "noun", when.quantity() != null, "quantity", at);
            }
            return ok ? t : null;
        }

        boolean needs(ExplanationTemplate t, String placeholder, boolean given, String part, String at) {
            if (t.used().contains(placeholder) && !given) {
                fail(at + "/explanation", "{" + placeholder + "} needs \"" + part + "\" in \"when\", or it would be blank");
                return false;
            }
            return true;
        }

        ClaimCondition condition(JsonNode node, String at, String ruleAt, boolean required) {
            if (node == null) {
                if (required) {
                    fail(ruleAt, "has no \"when\": say what a claim must show (phrases, cues, sources, quantity)");
                }
                return null;
            }
            if (!node.isObject()) {
                fail(at, "must be an object with any of phrases, cues, sources, quantity");
                return null;
            }
            unknownFields(node, at, CONDITION_FIELDS);
            List<String> phrases = strings(node, at + "/phrases");
            Set<CueType> cues = names(node, at + "/cues", CueType.class);
            Set<SourceKind> sources = names(node, at + "/sources", SourceKind.class);
            QuantityCondition quantity = node.has("quantity") ? quantity(node.get("quantity"), at + "/quantity") : null;
            ClaimCondition c = new ClaimCondition(phrases, cues, sources, quantity);
            if (c.isEmpty() && node.size() == 0) {
                fail(at, "is empty; give at least one of phrases, cues, sources, quantity");
            }
            return c;
        }

        QuantityCondition quantity(JsonNode node, String at) {
            if (!node.isObject()) {
                fail(at, "must be an object with any of kinds, atLeast, atMost, nouns");
                return null;
            }
            unknownFields(node, at, QUANTITY_FIELDS);
            Set<QuantityKind> kinds = names(node, at + "/kinds", QuantityKind.class);
            Double atLeast = node.has("atLeast") ? number(node, at + "/atLeast", 0, -Double.MAX_VALUE, Double.MAX_VALUE, "a number") : null;
            Double atMost = node.has("atMost") ? number(node, at + "/atMost", 0, -Double.MAX_VALUE, Double.MAX_VALUE, "a number") : null;
            if (atLeast != null && atMost != null && atLeast > atMost) {
                fail(at + "/atMost", "is below atLeast (" + fmt(atLeast) + "), so no figure could match");
            }
            return new QuantityCondition(kinds, atLeast, atMost, strings(node, at + "/nouns"));
        }

        String id(JsonNode node, String pointer, String fieldName) {
            JsonNode v = node.get(fieldName);
            String parent = pointer.substring(0, pointer.lastIndexOf('/'));
            if (v == null) {
                fail(parent, "has no \"" + fieldName + "\": a permanent id of lower-case words joined by hyphens");
                return null;
            }
            if (!v.isTextual() || !ID.matcher(v.asText()).matches()) {
                fail(pointer, (v.isTextual() ? "'" + v.asText() + "'" : v.toString())
                        + " is not an id: use lower-case words and digits joined by hyphens (\"unnamed-experts\")");
                return null;
            }
            return v.asText();
        }

        String text(JsonNode node, String pointer, String fallback) {
            JsonNode v = node.get(pointer.substring(pointer.lastIndexOf('/') + 1));
            if (v == null || v.isNull()) {
                return fallback == null ? "" : fallback;
            }
            if (!v.isTextual()) {
                fail(pointer, "must be a text in quotes");
                return fallback == null ? "" : fallback;
            }
            return v.asText().strip();
        }

        double number(JsonNode node, String pointer, double fallback, double min, double max, String what) {
            JsonNode v = node.get(pointer.substring(pointer.lastIndexOf('/') + 1));
            if (v == null) {
                return fallback;
            }
            if (!v.isNumber()) {
                fail(pointer, "must be " + what + ", was " + v);
                return fallback;
            }
            double d = v.asDouble();
            if (!(d >= min && d <= max)) {
                fail(pointer, "must be " + what + ", was " + fmt(d));
                return fallback;
            }
            return d;
        }

        List<String> strings(JsonNode node, String pointer) {
            JsonNode v = node.get(pointer.substring(pointer.lastIndexOf('/') + 1));
            if (v == null) {
                return List.of();
            }
            if (!v.isArray()) {
                fail(pointer, "must be a list in brackets: [\"...\", \"...\"]");
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                JsonNode e = v.get(i);
                if (!e.isTextual() || e.asText().isBlank()) {
                    fail(pointer + "/" + i, "must be a non-empty text");
                } else {
                    out.add(e.asText().strip());
                }
            }
            return out;
        }

        <E extends Enum<E>> Set<E> names(JsonNode node, String pointer, Class<E> type) {
            Set<E> out = EnumSet.noneOf(type);
            List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            Function<String, E> byName = s -> Arrays.stream(type.getEnumConstants())
                    .filter(e -> e.name().equals(s.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_')))
                    .findFirst().orElse(null);
            List<String> given = strings(node, pointer);
            JsonNode list = node.get(pointer.substring(pointer.lastIndexOf('/') + 1));
            for (int i = 0, j = 0; list != null && list.isArray() && i < list.size(); i++) {
                if (!list.get(i).isTextual() || list.get(i).asText().isBlank()) {
                    continue;   // already reported by strings()
                }
                String s = given.get(j++);
                E e = byName.apply(s);
                if (e == null) {
                    fail(pointer + "/" + i, "'" + s + "' is not one of " + String.join(", ", allowed));
                } else {
                    out.add(e);
                }
            }
            return out;
        }

        void unknownFields(JsonNode node, String at, Set<String> known) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!known.contains(f)) {
                    fail(at + "/" + f, "is not a field here; expected one of "
                            + String.join(", ", new LinkedHashSet<>(known.stream().sorted().toList())));
                }
            }
        }

        static String fmt(double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
        }
    }
}
