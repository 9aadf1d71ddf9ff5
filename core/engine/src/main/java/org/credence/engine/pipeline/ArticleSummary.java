package org.credence.engine.pipeline;

import java.io.Serializable;

import org.credence.engine.corpus.ArticleDigest;

/**
 * What the corpus step needs of one analysed article: a few kilobytes, made wherever the article was analysed
 * ({@link Engine#summarize}) and gathered in one place for {@link Engine#plan}. Opaque; serialisable, so it can travel
 * between machines. Its sentence features, the largest part, are needed only for articles that may be copies:
 * ship {@link #withoutCopyFeatures()} and keep the whole summary where {@link CopyFeatureSource} can fetch it.
 */
public final class ArticleSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ArticleDigest digest;

    ArticleSummary(ArticleDigest digest) {
        this.digest = digest;
    }

    /** @return the article's position in the run, which orders every output */
    public int index() {
        return digest.index();
    }

    /** @return the article's id */
    public String articleId() {
        return digest.id();
    }

    /** @return the same summary without its sentence features */
    public ArticleSummary withoutCopyFeatures() {
        return digest.hasFeatures() ? new ArticleSummary(digest.withoutFeatures()) : this;
    }

    ArticleDigest digest() {
        return digest;
    }
}
