package org.credence.app.workbench.model;

import org.credence.api.AnalyzedArticle;
import org.credence.engine.export.ArticleColumns;

/**
 * How an article is named to a person: its headline and outlet, as a reader knows it (an article without a headline
 * by its opening words), the same as the CSV's headline column. Ids stay in their own column wherever one is shown.
 */
public final class ArticleNames {

    private ArticleNames() {
    }

    /** "Headline — Outlet", or "Headline" when the outlet is not known. */
    public static String of(AnalyzedArticle a) {
        String outlet = a.article().outlet().strip();
        return outlet.isEmpty() ? headline(a) : headline(a) + " — " + outlet;
    }

    /** The headline on one line, or the article's opening words when it has none. */
    public static String headline(AnalyzedArticle a) {
        String h = ArticleColumns.headlineOf(a);
        return h.isEmpty() ? a.id() : h;
    }
}
