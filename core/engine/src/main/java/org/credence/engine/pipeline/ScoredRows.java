package org.credence.engine.pipeline;

import java.io.Serializable;
import java.util.Objects;

/**
 * One article's rows of the CSV export, as a part of a run made them.
 *
 * @param index     the article's position in the run: the CSV holds the articles in this order
 * @param articleId the article's id
 * @param csv       its rows, CRLF-ended, without a header; empty for an article without claims
 */
public record ScoredRows(int index, String articleId, String csv) implements Serializable {

    public ScoredRows {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(csv, "csv");
    }
}
