package org.credence.evaluation.findings;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One finding as one JSON object, the line format of a findings file (docs/labelling-findings.md): the fields a
 * labeller edits first (article, claim, rule, label, reason, labeller), then what they saw ({@code seen}) and where
 * the finding was drawn from ({@code draw}).
 */
public final class FindingsJson {

    private final ObjectMapper json = new ObjectMapper();

    public ObjectNode toJson(FindingRecord r) {
        ObjectNode n = json.createObjectNode();
        n.put("article", r.article()).put("claim", r.claim()).put("rule", r.rule())
                .put("label", r.verdict().map(Label::word).orElse("")).put("reason", r.reason())
                .put("labeller", r.labeller());
        FindingContext c = r.context();
        ObjectNode seen = n.putObject("seen");
        seen.put("headline", c.headline()).put("outlet", c.outlet()).put("date", c.date())
                .put("before", c.before()).put("sentence", c.sentence()).put("after", c.after());
        if (!c.lead().isEmpty()) {
            seen.put("lead", c.lead());
        }
        seen.put("explanation", c.explanation()).put("strength", c.strength());
        ArrayNode evidence = seen.putArray("evidence");
        c.evidence().forEach(e -> evidence.addObject().put("label", e.label()).put("text", e.text()));
        ArrayNode related = seen.putArray("related");
        c.related().forEach(o -> related.addObject().put("article", o.article()).put("claim", o.claim())
                .put("relation", o.relation()).put("outlet", o.outlet()).put("headline", o.headline())
                .put("sentence", o.sentence()));
        ArrayNode copies = seen.putArray("copies");
        c.copies().forEach(o -> copies.addObject().put("article", o.article()).put("outlet", o.outlet())
                .put("headline", o.headline()).put("lead", o.lead()));
        r.drawOrigin().ifPresent(d -> n.putObject("draw").put("set", d.set()).put("seed", d.seed())
                .put("corpus", d.corpus()).put("commit", d.commit()).put("report", d.report())
                .put("ruleFindings", d.ruleFindings()).put("drawn", d.drawn()));
        return n;
    }

    /** One line of a findings file, without its line break. */
    public String toLine(FindingRecord r) {
        return toJson(r).toString();
    }

    /**
     * Reads one line's object. Throws {@link IllegalArgumentException} with the reason, in words a labeller can act
     * on, when a field is missing or wrong.
     */
    public FindingRecord fromJson(JsonNode n) {
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String article = required(n, "article", "the article's id");
        String rule = required(n, "rule", "the rule's id");
        JsonNode claimNode = n.get("claim");
        if (claimNode == null || !claimNode.isTextual()) {
            throw new IllegalArgumentException("no \"claim\" (the claim's id, \"\" for a finding about the whole article)");
        }
        String labelWord = text(n, "label");
        Label label = null;
        String reason = text(n, "reason");
        String labeller = text(n, "labeller");
        if (!labelWord.isEmpty()) {
            label = Label.parse(labelWord).orElseThrow(() -> new IllegalArgumentException(
                    "label must be correct, partly or incorrect (or empty while not labelled), was '" + labelWord + "'"));
            if (reason.isBlank()) {
                throw new IllegalArgumentException("a labelled finding needs a \"reason\"");
            }
            if (reason.contains("\n") || reason.contains("\r")) {
                throw new IllegalArgumentException("the reason must be one line");
            }
            if (labeller.isBlank()) {
                throw new IllegalArgumentException("a labelled finding needs a \"labeller\"");
            }
        }
        return new FindingRecord(article, claimNode.asText(), rule, label, reason, labeller, context(n.get("seen")),
                origin(n.get("draw")));
    }

    private static FindingContext context(JsonNode s) {
        if (s == null || s.isNull()) {
            return FindingContext.NONE;
        }
        if (!s.isObject()) {
            throw new IllegalArgumentException("\"seen\" must be an object");
        }
        List<FindingContext.EvidenceQuote> evidence = new ArrayList<>();
        for (JsonNode e : array(s, "seen.evidence")) {
            evidence.add(new FindingContext.EvidenceQuote(text(e, "label"), text(e, "text")));
        }
        List<FindingContext.OtherClaim> related = new ArrayList<>();
        for (JsonNode o : array(s, "seen.related")) {
            related.add(new FindingContext.OtherClaim(text(o, "article"), text(o, "claim"), text(o, "relation"),
                    text(o, "outlet"), text(o, "headline"), text(o, "sentence")));
        }
        List<FindingContext.OtherArticle> copies = new ArrayList<>();
        for (JsonNode o : array(s, "seen.copies")) {
            copies.add(new FindingContext.OtherArticle(text(o, "article"), text(o, "outlet"), text(o, "headline"),
                    text(o, "lead")));
        }
        return new FindingContext(text(s, "headline"), text(s, "outlet"), text(s, "date"), text(s, "before"),
                text(s, "sentence"), text(s, "after"), text(s, "lead"), text(s, "explanation"),
                s.path("strength").asDouble(0), evidence, related, copies);
    }

    private static DrawOrigin origin(JsonNode d) {
        if (d == null || d.isNull()) {
            return null;
        }
        if (!d.isObject()) {
            throw new IllegalArgumentException("\"draw\" must be an object");
        }
        for (String number : List.of("seed", "ruleFindings", "drawn")) {
            if (d.has(number) && !d.get(number).isIntegralNumber()) {
                throw new IllegalArgumentException("draw." + number + " must be a whole number");
            }
        }
        return new DrawOrigin(text(d, "set"), d.path("seed").asLong(0), text(d, "corpus"), text(d, "commit"),
                text(d, "report"), d.path("ruleFindings").asInt(0), d.path("drawn").asInt(0));
    }

    private static List<JsonNode> array(JsonNode parent, String name) {
        String field = name.substring(name.lastIndexOf('.') + 1);
        JsonNode a = parent.get(field);
        if (a == null || a.isNull()) {
            return List.of();
        }
        if (!a.isArray()) {
            throw new IllegalArgumentException(name + " must be a list");
        }
        List<JsonNode> out = new ArrayList<>();
        a.forEach(out::add);
        return out;
    }

    private static String required(JsonNode n, String field, String what) {
        String v = text(n, field);
        if (v.isBlank()) {
            throw new IllegalArgumentException("no \"" + field + "\" (" + what + ")");
        }
        return v;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return "";
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a string");
        }
        return v.asText();
    }
}
