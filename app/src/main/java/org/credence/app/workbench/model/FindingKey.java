package org.credence.app.workbench.model;

import org.credence.engine.result.ArticleFinding;

/**
 * A stable name for a finding, so a verdict survives re-analysis: rule, article and claim (a rule says at most one
 * thing per claim, and article-level findings name the article).
 */
public final class FindingKey {

    private FindingKey() {
    }

    /** The rule of a key made by {@link #of}. */
    public static String ruleOf(String key) {
        int bar = key.indexOf('|');
        return bar < 0 ? key : key.substring(0, bar);
    }

    /** The article of a key made by {@link #of}. */
    public static String articleOf(String key) {
        String[] parts = key.split("\\|", -1);
        return parts.length == 3 ? parts[1] : "";
    }

    /** The claim of a key made by {@link #of}; "" for a finding about the whole article. */
    public static String claimOf(String key) {
        String[] parts = key.split("\\|", -1);
        return parts.length == 3 ? parts[2] : "";
    }

    public static String of(ArticleFinding f) {
        return f.ruleId() + "|" + f.articleId() + "|" + f.claimId();
    }
}
