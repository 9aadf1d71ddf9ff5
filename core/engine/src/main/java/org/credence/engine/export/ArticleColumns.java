package org.credence.engine.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.credence.api.AnalyzedArticle;
import org.credence.engine.report.Report;
import org.credence.engine.result.ArticleFinding;
import org.credence.engine.scoring.Contribution;

/**
 * The CSV's columns about a claim's article as a whole: its headline (articles are named by headline, the id
 * has its own column) and its whole-article findings with their points, which explain the article score.
 */
public final class ArticleColumns {

    /** How many characters of an article's opening stand for a headline it does not have. */
    private static final int OPENING = 60;

    /**
     * An article's headline on one line; for an article without one (a plain text file of body alone), its opening
     * words followed by "…", so a person can still tell it from the others.
     */
    public static String headlineOf(AnalyzedArticle article) {
        String headline = article.article().title().isBlank() && article.hasHeadline()
                ? article.text(article.headline()) : article.article().title();
        headline = headline.replaceAll("\\s+", " ").strip();
        if (!headline.isEmpty()) {
            return headline;
        }
        String text = article.text().replaceAll("\\s+", " ").strip();
        if (text.length() <= OPENING) {
            return text;
        }
        int cut = text.lastIndexOf(' ', OPENING);
        return text.substring(0, cut > OPENING / 2 ? cut : OPENING) + "…";
    }

    /** The columns' headers. */
    public static final List<String> HEADERS = List.of("headline", "article_findings");

    private final Report report;
    private final Map<String, List<ArticleFinding>> wholeArticle = new HashMap<>();

    /** The columns for the articles of one report. */
    public ArticleColumns(Report report) {
        this.report = report;
        for (ArticleFinding f : report.findings()) {
            if (f.claimId().isEmpty()) {
                wholeArticle.computeIfAbsent(f.articleId(), k -> new ArrayList<>()).add(f);
            }
        }
    }

    /** The values of {@link #HEADERS} for one article. */
    public List<String> values(AnalyzedArticle article) {
        List<String> findings = new ArrayList<>();
        for (ArticleFinding f : wholeArticle.getOrDefault(article.id(), List.of())) {
            double points = report.scores().article(article.id()).map(a -> a.contributions().stream()
                    .filter(c -> c.ruleId().equals(f.ruleId())).mapToDouble(Contribution::points).sum()).orElse(0.0);
            findings.add(String.format(Locale.ROOT, "%s (%+.1f): %s", f.ruleId(), points,
                    f.finding().explanation()));
        }
        return List.of(headlineOf(article), String.join(" | ", findings));
    }
}
