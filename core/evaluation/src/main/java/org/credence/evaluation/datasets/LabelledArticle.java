package org.credence.evaluation.datasets;

import java.util.Objects;

import org.credence.api.Article;

/**
 * An article with the label people gave it, as {@code credence calibrate} and {@code credence eval fakes} read it.
 *
 * @param article  the article
 * @param credible true for label 1 (credible), false for label 0 (fake)
 */
public record LabelledArticle(Article article, boolean credible) {

    public LabelledArticle {
        Objects.requireNonNull(article, "article");
    }

    public String id() {
        return article.id();
    }
}
