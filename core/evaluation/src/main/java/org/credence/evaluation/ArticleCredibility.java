package org.credence.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credence.api.Article;
import org.credence.engine.progress.ProgressListener;
import org.credence.engine.result.ArticleFinding;
import org.credence.engine.report.Report;
import org.credence.engine.result.RuleDescriptor;
import org.credence.engine.scoring.ArticleScore;
import org.credence.engine.scoring.WeightsProfile;
import org.credence.evaluation.datasets.FakesReader;
import org.credence.evaluation.datasets.LabelledArticle;
import org.credence.evaluation.metrics.RocAuc;

/**
 * FA-KES: scores the articles together with every loaded rule, as {@code credence score} does, and measures how
 * well the article score separates credible (label 1) from fake (label 0): ROC AUC, and each rule's firing rate
 * (share of articles with at least one finding) by label.
 */
public final class ArticleCredibility implements Evaluation {

    @Override
    public String dataset() {
        return "fakes";
    }

    @Override
    public String defaultPath() {
        return "fa-kes/fa-kes.csv";
    }

    @Override
    public int fastSlice() {
        return 0;   // the whole set: a few hundred articles, and a smaller one makes the AUC jump
    }

    @Override
    public EvaluationResult run(Path path, int limit, EvaluationContext context) throws InterruptedException {
        List<LabelledArticle> labelled = EvaluationContext.limit(new FakesReader().read(path), limit);
        Map<String, Boolean> credible = new HashMap<>();
        List<Article> articles = new ArrayList<>();
        for (LabelledArticle a : labelled) {
            if (credible.putIfAbsent(a.article().id(), a.credible()) == null) {
                articles.add(a.article());
            }
        }
        Report report = context.engine().score(articles, List.of(), WeightsProfile.defaults(), ProgressListener.NONE);
        double[] scores = new double[articles.size()];
        boolean[] positive = new boolean[articles.size()];
        for (int i = 0; i < articles.size(); i++) {
            String id = articles.get(i).id();
            scores[i] = report.scores().article(id).map(ArticleScore::score).orElse(Double.NaN);
            positive[i] = credible.get(id);
        }
        long credibleCount = credible.values().stream().filter(b -> b).count();
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.anchored("auc", RocAuc.of(scores, positive), 0.5, "chance"));
        figures.add(Figure.of("credible", credibleCount));
        figures.add(Figure.of("fake", articles.size() - credibleCount));
        for (RuleDescriptor rule : report.rules()) {
            Set<String> fired = new HashSet<>();
            for (ArticleFinding f : report.findings()) {
                if (f.ruleId().equals(rule.id())) {
                    fired.add(f.articleId());
                }
            }
            long onCredible = fired.stream().filter(credible::get).count();
            figures.add(Figure.of("fires-on-credible:" + rule.id(), ratio(onCredible, credibleCount)));
            figures.add(Figure.of("fires-on-fake:" + rule.id(), ratio(fired.size() - onCredible,
                    articles.size() - credibleCount)));
        }
        return new EvaluationResult(dataset(), path.toString(), articles.size(), "articles", figures);
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
