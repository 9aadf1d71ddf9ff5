package org.credence.api;

/** What a rule is given for one evaluation. */
public interface RuleContext {

    /** @return the article to evaluate */
    AnalyzedArticle article();

    /** @return every article analysed with it, this one included */
    CorpusView corpus();
}
