package org.credence.engine.result;

import java.io.Serializable;
import java.util.Objects;

/**
 * A rule that could not give a valid result for an article: it threw, overran its time budget, or returned
 * invalid output. Recorded instead of stopping the run.
 *
 * @param pluginId  the plugin that holds the rule
 * @param ruleId    the rule
 * @param articleId the article it was evaluating, or empty when it failed for every article
 * @param reason    one line a person can read ("threw IllegalStateException: boom", "exceeded its 2000 ms budget")
 */
public record RuleFailure(String pluginId, String ruleId, String articleId, String reason) implements Serializable {

    public RuleFailure {
        Objects.requireNonNull(pluginId, "pluginId");
        Objects.requireNonNull(ruleId, "ruleId");
        articleId = Objects.requireNonNullElse(articleId, "");
        Objects.requireNonNull(reason, "reason");
    }
}
