package org.credence.engine.pipeline;

import java.io.Serializable;
import java.util.Objects;

import org.credence.api.Article;

/** An article with its position in a run, as the parts of a run pass articles around. */
public record IndexedArticle(int index, Article article) implements Serializable {

    public IndexedArticle {
        Objects.requireNonNull(article, "article");
    }
}
