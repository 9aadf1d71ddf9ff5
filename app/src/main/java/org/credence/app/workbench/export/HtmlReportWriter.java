package org.credence.app.workbench.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Claim;
import org.credence.app.workbench.model.Verdict;
import org.credence.app.workbench.model.WorkbenchModel;
import org.credence.engine.export.RunProfile;
import org.credence.engine.io.AtomicFiles;
import org.credence.engine.result.ArticleFinding;

/**
 * A printable HTML page for one article: its text with each claim highlighted by score, then each claim's
 * findings, points, explanations and the reviewer's verdicts (rejected ones marked) and note, and the profile the
 * scores were made with (weights, rules switched off, each plugin's and pack's version and SHA-256). Every piece of article text is escaped, so
 * nothing in an article can run as script in the reader's browser.
 */
public final class HtmlReportWriter {

    public void write(WorkbenchModel model, AnalyzedArticle article, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(html(model, article));
            w.flush();
        });
    }

    String html(WorkbenchModel model, AnalyzedArticle article) {
        StringBuilder b = new StringBuilder(article.text().length() * 3);
        String title = org.credence.app.workbench.model.ArticleNames.headline(article).isEmpty() ? article.id()
                : org.credence.app.workbench.model.ArticleNames.headline(article);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
                .append("<title>").append(escape(title)).append(" — Credence report</title><style>")
                .append("body{font-family:Georgia,serif;max-width:52em;margin:2em auto;line-height:1.5}")
                .append(".low{background:#f6c9c6}.mid{background:#f9e0b8}.high{background:#cfe9d3}")
                .append("table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.3em;vertical-align:top}")
                .append("@media print{a{color:inherit}}</style></head><body>\n");
        b.append("<h1>").append(escape(title)).append("</h1>\n<p>");
        if (!article.article().outlet().isBlank()) {
            b.append(escape(article.article().outlet())).append(" · ");
        }
        double score = model.report().scores().article(article.id()).map(s -> s.score()).orElse(Double.NaN);
        b.append(String.format(Locale.ROOT, "article score %.0f of 100</p>\n<article><p>", score));
        String text = article.text();
        int at = article.headline().isEmpty() ? 0 : article.headline().end();
        for (Claim c : article.claims()) {
            if (c.span().start() < at) {
                continue;
            }
            b.append(escape(text.substring(at, c.span().start())).replace("\n\n", "</p><p>"));
            b.append("<mark class=\"").append(band(model.shownScore(c.id()))).append("\" title=\"")
                    .append(String.format(Locale.ROOT, "score %.0f", model.shownScore(c.id()))).append("\">")
                    .append(escape(article.text(c.span()))).append("</mark>");
            at = c.span().end();
        }
        b.append(escape(text.substring(at)).replace("\n\n", "</p><p>")).append("</p></article>\n");
        b.append("<h2>Findings</h2>\n<table><tr><th>Claim</th><th>Score</th><th>Rule</th><th>Explanation</th>")
                .append("<th>Reviewer</th></tr>\n");
        for (ArticleFinding f : model.articleFindingsOf(article.id())) {
            row(b, model, "whole article", Double.NaN, f);
        }
        for (Claim c : article.claims()) {
            for (ArticleFinding f : model.findingsOf(c.id())) {
                row(b, model, c.id(), model.shownScore(c.id()), f);
            }
            String note = model.review(c.id()).note();
            if (!note.isBlank()) {
                b.append("<tr><td>").append(escape(c.id())).append("</td><td></td><td>note</td><td colspan=\"2\">")
                        .append(escape(note)).append("</td></tr>\n");
            }
        }
        b.append("</table>\n<h2>Profile</h2>\n<ul class=\"profile\">\n");
        for (String line : RunProfile.of(model.report()).lines()) {
            b.append("<li>").append(escape(line)).append("</li>\n");
        }
        b.append("</ul>\n<p><small>Made with Credence. Scores: see docs/scoring.md.</small></p></body></html>\n");
        return b.toString();
    }

    private static void row(StringBuilder b, WorkbenchModel model, String claim, double score, ArticleFinding f) {
        Verdict v = model.verdict(f);
        b.append("<tr><td>").append(escape(claim)).append("</td><td>")
                .append(Double.isNaN(score) ? "" : String.format(Locale.ROOT, "%.0f", score)).append("</td><td>")
                .append(escape(f.ruleId())).append("</td><td>").append(escape(f.finding().explanation()))
                .append("</td><td>").append(v == Verdict.NONE ? "" : v.name().toLowerCase(Locale.ROOT))
                .append("</td></tr>\n");
    }

    private static String band(double score) {
        return score < 40 ? "low" : score < 60 ? "mid" : "high";
    }

    /** Escapes text for HTML element content and attribute values. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
