package org.credence.evaluation;

import java.util.List;
import java.util.function.Predicate;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Article;
import org.credence.evaluation.datasets.LabelledSentence;
import org.credence.evaluation.metrics.Counts;

/** Analyses labelled sentences one by one, as articles of one sentence, and counts a yes-or-no decision on each. */
final class SentenceDecisions {

    private SentenceDecisions() {
    }

    static Counts count(List<LabelledSentence> sentences, EvaluationContext context, Predicate<AnalyzedArticle> decision)
            throws InterruptedException {
        List<Article> articles = sentences.stream().map(s -> Article.of(s.id(), s.text())).toList();
        List<AnalyzedArticle> analysed = context.analyzeAll(articles);
        Counts counts = Counts.ZERO;
        for (int i = 0; i < analysed.size(); i++) {
            counts = counts.add(decision.test(analysed.get(i)), sentences.get(i).positive());
        }
        return counts;
    }
}
