package org.credence.evaluation.findings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.credence.api.Span;
import org.credence.evaluation.datasets.DatasetException;

/**
 * The parts of a {@code credence score --json} report (format {@code credence-report/1}) that a draw of findings
 * needs: the rules that ran, each article's headline, text, claims and findings, and the near-duplicate groups. Read one article at a
 * time, so a report of thousands of articles does not have to fit in memory as a tree.
 */
public record ScoreReport(List<String> rules, List<Article> articles, Map<String, List<String>> duplicateGroups) {

    public ScoreReport {
        rules = List.copyOf(rules);
        articles = List.copyOf(articles);
        duplicateGroups = Map.copyOf(duplicateGroups);
    }

    /** An article of the report, with its findings in report order (about the whole article first). */
    public record Article(String id, String title, String outlet, String date, Span headline, String text,
                          List<Claim> claims, List<Finding> findings, String duplicateGroup) {
        public Article {
            claims = List.copyOf(claims);
            findings = List.copyOf(findings);
        }

        public Optional<Claim> claim(String claimId) {
            return claims.stream().filter(c -> c.id().equals(claimId)).findFirst();
        }
    }

    /** A claim: its id, where it stands, and its sentence as the report quotes it. */
    public record Claim(String id, Span span, String quote) {
    }

    /** A finding as the report gives it; {@code claim} is empty for a finding about the whole article. */
    public record Finding(String rule, String article, String claim, double strength, String explanation,
                          List<Evidence> evidence, List<Related> related) {
        public Finding {
            evidence = List.copyOf(evidence);
            related = List.copyOf(related);
        }
    }

    public record Evidence(String label, String quote) {
    }

    public record Related(String article, String claim, String relation) {
    }

    /** The articles by id. */
    public Map<String, Article> byId() {
        Map<String, Article> out = new LinkedHashMap<>();
        articles.forEach(a -> out.putIfAbsent(a.id(), a));
        return out;
    }

    /** Every finding of the report, in report order. */
    public List<Finding> findings() {
        return articles.stream().flatMap(a -> a.findings().stream()).toList();
    }

    /** Reads a report; a file that is not one is a {@link DatasetException} naming the file and the reason. */
    public static ScoreReport read(Path file) {
        ObjectMapper json = new ObjectMapper();
        List<String> rules = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        Map<String, List<String>> groups = new LinkedHashMap<>();
        String format = null;
        try (InputStream in = Files.newInputStream(file); JsonParser p = json.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new DatasetException(file, "is not a credence score --json report (no JSON object)");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "format" -> format = p.getValueAsString();
                    case "rules" -> {
                        requireArray(p, file, field);
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            rules.add(json.<JsonNode>readTree(p).path("id").asText());
                        }
                    }
                    case "articles" -> {
                        requireArray(p, file, field);
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            articles.add(article(json.readTree(p)));
                        }
                    }
                    case "duplicateGroups" -> {
                        requireArray(p, file, field);
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            JsonNode g = json.readTree(p);
                            List<String> ids = new ArrayList<>();
                            g.path("articles").forEach(a -> ids.add(a.asText()));
                            groups.put(g.path("id").asText(), ids);
                        }
                    }
                    default -> p.skipChildren();
                }
            }
        } catch (NoSuchFileException e) {
            throw new DatasetException(file, "no such file");
        } catch (JsonProcessingException e) {
            throw new DatasetException(file, "is not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new DatasetException(file, "cannot be read: " + e.getMessage());
        }
        if (format == null || !format.startsWith("credence-report/")) {
            throw new DatasetException(file, "is not a credence score --json report (format is "
                    + (format == null ? "missing" : "'" + format + "'") + ", expected credence-report/1)");
        }
        return new ScoreReport(rules, articles, groups);
    }

    private static void requireArray(JsonParser p, Path file, String field) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new DatasetException(file, "\"" + field + "\" is not a list");
        }
    }

    private static Article article(JsonNode a) {
        String id = a.path("id").asText();
        List<Finding> findings = new ArrayList<>();
        a.path("findings").forEach(f -> findings.add(finding(f, id, "")));
        List<Claim> claims = new ArrayList<>();
        for (JsonNode c : a.path("claims")) {
            String claimId = c.path("id").asText();
            claims.add(new Claim(claimId, span(c), c.path("quote").asText()));
            c.path("findings").forEach(f -> findings.add(finding(f, id, claimId)));
        }
        JsonNode group = a.get("duplicateGroup");
        return new Article(id, a.path("title").asText(), a.path("outlet").asText(), a.path("date").asText(),
                span(a.path("headline")), a.path("text").asText(), claims, findings,
                group == null || group.isNull() ? "" : group.asText());
    }

    private static Finding finding(JsonNode f, String article, String claim) {
        List<Evidence> evidence = new ArrayList<>();
        f.path("evidence").forEach(e -> evidence.add(new Evidence(e.path("label").asText(), e.path("quote").asText())));
        List<Related> related = new ArrayList<>();
        f.path("related").forEach(r -> related.add(new Related(r.path("article").asText(), r.path("claim").asText(),
                r.path("relation").asText())));
        return new Finding(f.path("rule").asText(), article, claim, f.path("strength").asDouble(),
                f.path("explanation").asText(), evidence, related);
    }

    private static Span span(JsonNode n) {
        int start = n.path("start").asInt(0);
        int end = n.path("end").asInt(0);
        return start >= 0 && end >= start ? new Span(start, end) : Span.EMPTY;
    }
}
