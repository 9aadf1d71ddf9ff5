package org.credence.testkit;

import java.util.List;

import org.credence.api.AnalyzedArticle;
import org.credence.api.CorpusView;
import org.credence.api.CredibilityRule;
import org.credence.api.Finding;
import org.credence.api.RuleContext;

/** Runs a rule the way the engine does, on one article of a corpus, without plugins or threads. */
public final class RuleHarness {

    private RuleHarness() {
    }

    /** The rule's findings on the article, which must belong to the corpus. */
    public static List<Finding> evaluate(CredibilityRule rule, AnalyzedArticle article, CorpusView corpus) {
        if (corpus.article(article.id()).isEmpty()) {
            throw new IllegalArgumentException("article " + article.id() + " is not in the corpus");
        }
        return rule.evaluate(new Context(article, corpus));
    }

    /** The rule's findings on a single article on its own. */
    public static List<Finding> evaluate(CredibilityRule rule, AnalyzedArticle article) {
        return evaluate(rule, article, FixedCorpus.of(article));
    }

    /** The findings a rule gives about one claim. */
    public static List<Finding> about(List<Finding> findings, String claimId) {
        return findings.stream().filter(f -> f.claimId().equals(claimId)).toList();
    }

    record Context(AnalyzedArticle article, CorpusView corpus) implements RuleContext {
    }
}
