package org.credence.testkit;

import java.util.List;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Article;
import org.credence.api.CorpusView;
import org.credence.engine.analysis.Analyzer;
import org.credence.engine.analysis.OpenNlpPipeline;
import org.credence.engine.analysis.StandardAnalysis;
import org.credence.engine.analysis.TaggingTriggers;
import org.credence.engine.corpus.CorpusBuilder;
import org.credence.engine.lexicon.Lexicons;
import org.credence.engine.model.Models;

/**
 * Analyses articles exactly as {@code credence score} does: the real language models, the bundled lexicons, the
 * real claim detector, and a real corpus with near-duplicate groups and claim links. Use it when a test should see
 * what the rule will see in the tool; use {@link ArticleFixture} to state by hand what the rule is given.
 *
 * <p>The models load once per test JVM, on first use (about a second); everything here is thread-safe.
 */
public final class RealAnalysis {

    private RealAnalysis() {
    }

    /** The article analysed on its own. */
    public static AnalyzedArticle analyze(Article article) {
        return Holder.ANALYZER.analyze(article);
    }

    /** An article with this id and body text (no headline), analysed. */
    public static AnalyzedArticle analyze(String id, String body) {
        return analyze(Article.of(id, body));
    }

    /** The corpus the engine would build of these analysed articles: near-duplicate groups and claim links. */
    public static CorpusView corpus(List<AnalyzedArticle> articles) {
        return Holder.CORPUS.build(articles);
    }

    /** Analyses the articles and puts them in one corpus, as {@code credence score} does with the files it reads. */
    public static CorpusView analyzeTogether(List<Article> articles) {
        return corpus(articles.stream().map(RealAnalysis::analyze).toList());
    }

    private static final class Holder {
        private static final Lexicons LEXICONS = Lexicons.defaults();
        private static final Analyzer ANALYZER = StandardAnalysis.analyzer(
                new OpenNlpPipeline(TaggingTriggers.from(LEXICONS)), LEXICONS, Models.bundled());
        private static final CorpusBuilder CORPUS = new CorpusBuilder(LEXICONS);
    }
}
