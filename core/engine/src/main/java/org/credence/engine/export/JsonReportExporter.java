package org.credence.engine.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.credence.api.AnalyzedArticle;
import org.credence.api.ApiVersion;
import org.credence.api.Attribution;
import org.credence.api.Claim;
import org.credence.api.ClaimLink;
import org.credence.api.Cue;
import org.credence.api.DuplicateGroup;
import org.credence.api.Evidence;
import org.credence.api.Finding;
import org.credence.api.Quantity;
import org.credence.api.Span;
import org.credence.engine.io.AtomicFiles;
import org.credence.engine.io.ReadProblem;
import org.credence.engine.result.ArticleFinding;
import org.credence.engine.report.Report;
import org.credence.engine.result.RuleDescriptor;
import org.credence.engine.result.RuleFailure;
import org.credence.engine.scoring.ArticleScore;
import org.credence.engine.scoring.ClaimScore;
import org.credence.engine.scoring.Contribution;
import org.credence.engine.scoring.MeasuredPrecision;
import org.credence.engine.scoring.WeightsProfile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The whole report as JSON: rules, articles with their text, claims, figures, attributions, cues, findings with
 * evidence and related claims, scores with each contribution, near-duplicate groups, claim links, rule failures and
 * read problems. Spans are character offsets into each article's {@code text}; the quoted text is given beside them
 * for people reading the file.
 */
public final class JsonReportExporter {

    /** Version of this file's layout, for readers written against it. */
    public static final String FORMAT = "credence-report/1";

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public void write(Report report, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            try (JsonReportStream stream = open(out, report.rules(), report.scores().profile())) {
                for (ObjectNode article : articles(report).values()) {
                    stream.article(article);
                }
                stream.finish(report.corpus().duplicateGroups(), report.failures(), report.problems());
            }
        });
    }

    public ObjectNode toJson(Report report) {
        ObjectNode root = head(report.rules(), report.scores().profile());
        ArrayNode articles = root.putArray("articles");
        articles(report).values().forEach(articles::add);
        root.setAll(tail(report.corpus().duplicateGroups(), report.failures(), report.problems()));
        return root;
    }

    /**
     * A report written piece by piece, for a run judged in parts (decision 0042): the head now, then each article as a
     * part made it ({@link #articlesById}), in the run's order, then {@link JsonReportStream#finish}. The file is the
     * one {@link #write} gives for the same run in one piece.
     */
    public JsonReportStream open(OutputStream out, List<RuleDescriptor> rules, WeightsProfile profile)
            throws IOException {
        return new JsonReportStream(json, out, head(rules, profile), this::tail);
    }

    /**
     * Each article of a report as its entry in the report's {@code articles}, compact, by article id: what a part of a
     * run keeps for {@link JsonReportStream#article(String)}.
     */
    public Map<String, String> articlesById(Report report) {
        Map<String, String> out = new LinkedHashMap<>();
        articles(report).forEach((id, node) -> out.put(id, node.toString()));
        return out;
    }

    /** What comes before the articles: the rules, the profile, the plugins. */
    private ObjectNode head(List<RuleDescriptor> ruleList, WeightsProfile profile) {
        ObjectNode root = json.createObjectNode();
        root.put("format", FORMAT);
        root.put("pluginApi", ApiVersion.current());
        root.put("profile", profile.name());
        root.put("baseline", profile.baseline());
        ArrayNode rules = root.putArray("rules");
        MeasuredPrecision measured = MeasuredPrecision.bundled();
        for (RuleDescriptor r : ruleList) {
            ObjectNode rn = rules.addObject().put("id", r.id()).put("name", r.info().name())
                    .put("description", r.info().description())
                    .put("defaultWeight", r.info().defaultWeight()).put("signal", r.info().signal())
                    .put("plugin", r.pluginId()).put("pluginVersion", r.pluginVersion())
                    .put("weight", profile.weightOf(r.id(),
                            measured.defaultWeight(r.id(), r.info().defaultWeight())))
                    .put("enabled", profile.isEnabled(r.id()));
            measured.of(r.id()).ifPresent(p -> precision(rn.putObject("precision"), p, measured.set()));
        }
        // what the scores were made with: the rules switched off, and each plugin's and pack's version and SHA-256
        RunProfile run = RunProfile.of(ruleList, profile);
        ArrayNode off = root.putArray("switchedOff");
        run.switchedOff().forEach(off::add);
        ArrayNode sources = root.putArray("plugins");
        for (RunProfile.Source s : run.sources()) {
            sources.addObject().put("id", s.pluginId()).put("version", s.version()).put("path", s.path())
                    .put("sha256", s.sha256());
        }
        return root;
    }

    /** What comes after the articles: groups of copies, rule failures and read problems of the whole run. */
    ObjectNode tail(List<DuplicateGroup> duplicateGroups, List<RuleFailure> ruleFailures,
                    List<ReadProblem> readProblems) {
        ObjectNode root = json.createObjectNode();
        ArrayNode groups = root.putArray("duplicateGroups");
        for (DuplicateGroup g : duplicateGroups) {
            ObjectNode n = groups.addObject().put("id", g.id()).put("similarity", g.similarity());
            g.articleIds().forEach(n.putArray("articles")::add);
        }
        ArrayNode failures = root.putArray("ruleFailures");
        for (RuleFailure f : ruleFailures) {
            failures.addObject().put("plugin", f.pluginId()).put("rule", f.ruleId()).put("article", f.articleId())
                    .put("reason", f.reason());
        }
        ArrayNode problems = root.putArray("readProblems");
        for (ReadProblem p : readProblems) {
            problems.addObject().put("location", p.location()).put("reason", p.reason());
        }
        return root;
    }

    /** The report's articles in its order, by id. */
    private Map<String, ObjectNode> articles(Report report) {
        // findings by claim and by article, once: looking them up per claim in the report's list made a corpus of
        // 10,000 articles take longer to export than to analyse
        Map<String, List<Finding>> byClaim = new HashMap<>();
        Map<String, List<Finding>> byArticle = new HashMap<>();
        for (ArticleFinding f : report.findings()) {
            (f.claimId().isEmpty() ? byArticle.computeIfAbsent(f.articleId(), k -> new ArrayList<>())
                    : byClaim.computeIfAbsent(f.claimId(), k -> new ArrayList<>())).add(f.finding());
        }
        Map<String, ObjectNode> out = new LinkedHashMap<>();
        for (AnalyzedArticle a : report.corpus().articles()) {
            out.put(a.id(), article(report, a, byArticle.getOrDefault(a.id(), List.of()), byClaim));
        }
        return out;
    }

    private ObjectNode article(Report report, AnalyzedArticle a, List<Finding> articleFindings,
                               Map<String, List<Finding>> byClaim) {
        ObjectNode n = json.createObjectNode();
        n.put("id", a.id()).put("title", a.article().title()).put("outlet", a.article().outlet())
                .put("date", a.article().date()).put("url", a.article().url()).put("origin", a.article().origin());
        report.scores().article(a.id()).ifPresent(s -> score(n.putObject("score"), s));
        n.put("duplicateGroup", report.corpus().duplicateGroupOf(a.id()).map(DuplicateGroup::id).orElse(null));
        n.put("story", report.corpus().storyId(a.id()));
        span(n.putObject("headline"), a, a.headline());
        n.put("text", a.text());
        ArrayNode findings = n.putArray("findings");
        articleFindings.forEach(f -> findings.add(finding(a, f)));
        ArrayNode claims = n.putArray("claims");
        for (Claim c : a.claims()) {
            ObjectNode cn = claims.addObject().put("id", c.id()).put("sentence", c.sentenceIndex())
                    .put("checkWorthiness", c.checkWorthiness());
            ArrayNode reasons = cn.putArray("checkWorthinessReasons");
            c.reasons().forEach(reasons::add);
            span(cn, a, c.span());
            report.scores().claim(c.id()).ifPresent(s -> score(cn.putObject("score"), s));
            ArrayNode qs = cn.putArray("quantities");
            for (Quantity q : c.quantities()) {
                ObjectNode qn = span(qs.addObject(), a, q.span());
                qn.put("low", q.low()).put("high", q.high()).put("approximation", q.approximation().name())
                        .put("kind", q.kind().name()).put("unit", q.unit()).put("noun", q.noun());
            }
            ArrayNode as = cn.putArray("attributions");
            for (Attribution at : c.attributions()) {
                ObjectNode an = as.addObject().put("source", at.sourceName()).put("kind", at.kind().name())
                        .put("resolved", at.resolved());
                span(an.putObject("sourceSpan"), a, at.source());
                span(an.putObject("cue"), a, at.cue());
                span(an.putObject("content"), a, at.content());
            }
            ArrayNode cs = cn.putArray("cues");
            for (Cue cue : c.cues()) {
                span(cs.addObject().put("type", cue.type().name()), a, cue.span());
            }
            ArrayNode links = cn.putArray("links");
            for (ClaimLink l : report.corpus().linksFrom(c.id())) {
                links.addObject().put("claim", l.otherClaimId()).put("article", l.otherArticle())
                        .put("relation", l.relation().name()).put("independent", l.independent())
                        .put("subject", l.subject());
            }
            ArrayNode fs = cn.putArray("findings");
            byClaim.getOrDefault(c.id(), List.of()).forEach(f -> fs.add(finding(a, f)));
        }
        return n;
    }

    private ObjectNode finding(AnalyzedArticle a, Finding f) {
        ObjectNode n = json.createObjectNode().put("rule", f.ruleId()).put("strength", f.strength())
                .put("explanation", f.explanation());
        // the finding carries how often its rule's findings hold up, so a reader can weigh it (decision 0039)
        MeasuredPrecision.bundled().of(f.ruleId()).ifPresent(p -> n.put("precision", p.precision()));
        ArrayNode evidence = n.putArray("evidence");
        for (Evidence e : f.evidence()) {
            span(evidence.addObject().put("label", e.label()), a, e.span());
        }
        ArrayNode related = n.putArray("related");
        for (ClaimLink r : f.related()) {
            related.addObject().put("article", r.otherArticle()).put("claim", r.otherClaimId())
                    .put("relation", r.relation().name());
        }
        return n;
    }

    private static void precision(ObjectNode n, MeasuredPrecision.RulePrecision p, String set) {
        n.put("value", p.precision()).put("low", p.low()).put("high", p.high()).put("labelled", p.labelled())
                .put("set", set);
    }

    private static void score(ObjectNode n, ClaimScore s) {
        n.put("value", s.score()).put("base", s.base());
        contributions(n, s.contributions());
    }

    private static void score(ObjectNode n, ArticleScore s) {
        n.put("value", s.score()).put("base", s.base());
        contributions(n, s.contributions());
    }

    private static void contributions(ObjectNode n, List<Contribution> cs) {
        ArrayNode arr = n.putArray("contributions");
        for (Contribution c : cs) {
            arr.addObject().put("rule", c.ruleId()).put("weight", c.weight()).put("points", c.points());
        }
    }

    private static ObjectNode span(ObjectNode n, AnalyzedArticle a, Span s) {
        n.put("start", s.start()).put("end", s.end());
        if (s.fitsIn(a.text().length())) {
            n.put("quote", a.text(s));
        }
        return n;
    }
}
