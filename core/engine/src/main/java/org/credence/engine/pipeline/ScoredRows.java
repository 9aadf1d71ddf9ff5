package org.credence.engine.pipeline;

import java.io.Serializable;
import java.util.Objects;

/**
 * One article's part of the exports, as a part of a run made it.
 *
 * @param index     the article's position in the run: the exports hold the articles in this order
 * @param articleId the article's id
 * @param csv       its rows of the CSV, CRLF-ended, without a header; empty for an article without claims
 * @param json      its entry in the JSON report's articles, compact; empty when the run writes no JSON
 */
public record ScoredRows(int index, String articleId, String csv, String json) implements Serializable {

    public ScoredRows {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(json, "json");
    }
}
