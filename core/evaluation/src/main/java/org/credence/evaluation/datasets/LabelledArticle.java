package org.credence.evaluation.datasets;

import java.util.Objects;

import org.credence.api.Article;

/** An article and whether its labellers found it credible. */
public record LabelledArticle(Article article, boolean credible) {

    public LabelledArticle {
        Objects.requireNonNull(article, "article");
    }
}
