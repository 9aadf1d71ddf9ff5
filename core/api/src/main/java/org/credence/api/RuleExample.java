package org.credence.api;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A text a rule must speak about, or must leave alone, as LanguageTool's rules carry examples: it shows a trainer
 * what the rule means, and the rule contract test (credence-rule-testkit) analyses every example and holds the rule
 * to it.
 *
 * @param fires     true when the rule must give at least one finding on the article, false when it must give none
 * @param article   the article the rule is evaluated on
 * @param alongside other articles analysed with it, for rules that compare articles (copies, corroboration)
 */
public record RuleExample(boolean fires, Article article, List<Article> alongside) {

    /** The id the example article gets when it is given as text. */
    public static final String ARTICLE_ID = "example";

    public RuleExample {
        Objects.requireNonNull(article, "article");
        alongside = List.copyOf(alongside);
    }

    /** @return an example article body (no headline) on which the rule must give a finding */
    public static RuleExample firesOn(String text) {
        return new RuleExample(true, Article.of(ARTICLE_ID, text), List.of());
    }

    /** @return an example article body (no headline) on which the rule must give no finding */
    public static RuleExample silentOn(String text) {
        return new RuleExample(false, Article.of(ARTICLE_ID, text), List.of());
    }

    /** @return an article, read together with others, on which the rule must give a finding */
    public static RuleExample firesOn(Article article, Article... alongside) {
        return new RuleExample(true, article, Arrays.asList(alongside));
    }

    /** @return an article, read together with others, on which the rule must give no finding */
    public static RuleExample silentOn(Article article, Article... alongside) {
        return new RuleExample(false, article, Arrays.asList(alongside));
    }
}
