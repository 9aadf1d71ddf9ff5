package org.credence.engine.result;

import java.util.Objects;

import org.credence.api.Finding;

/** A finding with the article it was made on; article-level findings name no claim, so the article says where. */
public record ArticleFinding(String articleId, Finding finding) {

    public ArticleFinding {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(finding, "finding");
    }

    public String ruleId() {
        return finding.ruleId();
    }

    public String claimId() {
        return finding.claimId();
    }
}
