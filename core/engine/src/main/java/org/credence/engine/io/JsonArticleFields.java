package org.credence.engine.io;

import java.util.ArrayList;
import java.util.List;

import org.credence.api.Article;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Maps a JSON object to an article, accepting the field names news data sets use: title; outlet, source,
 * publisher or site_name; date or published; url; body, text, content or body-paragraphs (a list of paragraphs,
 * each a string or a list of strings).
 */
final class JsonArticleFields {

    private JsonArticleFields() {
    }

    static Article toArticle(JsonNode node, String fallbackId, String origin) {
        if (node == null || !node.isObject()) {
            throw new UnreadableException("not a JSON object");
        }
        String body = body(node);
        if (body.isBlank()) {
            throw new UnreadableException("no text (expected a field body, text, content or body-paragraphs)");
        }
        String id = first(node, "id", "uuid");
        return new Article(id.isBlank() ? fallbackId : id, first(node, "title", "headline"),
                first(node, "outlet", "source", "publisher", "site_name"), first(node, "date", "published"),
                first(node, "url", "link"), body, origin);
    }

    private static String body(JsonNode node) {
        String text = first(node, "body", "text", "content");
        if (!text.isBlank()) {
            return text;
        }
        JsonNode paragraphs = node.get("body-paragraphs");
        if (paragraphs != null && paragraphs.isArray()) {
            List<String> out = new ArrayList<>();
            for (JsonNode p : paragraphs) {
                if (p.isTextual()) {
                    out.add(p.asText());
                } else if (p.isArray()) {
                    List<String> parts = new ArrayList<>();
                    p.forEach(x -> parts.add(x.asText()));
                    out.add(String.join(" ", parts));
                }
            }
            return String.join("\n\n", out);
        }
        return "";
    }

    private static String first(JsonNode node, String... names) {
        for (String n : names) {
            JsonNode v = node.get(n);
            if (v != null && v.isValueNode() && !v.asText().isBlank()) {
                return v.asText();
            }
        }
        return "";
    }
}
