package org.credence.app.workbench.model;

import org.credence.engine.result.ArticleFinding;

/**
 * A stable name for a finding, so a verdict survives re-analysis: rule, article and claim (a rule says at most one
 * thing per claim, and article-level findings name the article).
 */
public final class FindingKey {

    private FindingKey() {
    }

    public static String of(ArticleFinding f) {
        return f.ruleId() + "|" + f.articleId() + "|" + f.claimId();
    }
}
