package org.credence.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Article;
import org.credence.api.Claim;
import org.credence.evaluation.datasets.CheckThatReader;
import org.credence.evaluation.datasets.Debate;
import org.credence.evaluation.datasets.LabelledSentence;
import org.credence.evaluation.metrics.AveragePrecision;

/**
 * CheckThat! 2019 task 1: rank each debate's lines by check-worthiness and measure mean average precision, the
 * lab's own metric. A line's score is the highest check-worthiness of the claims the engine finds in it, 0 when it
 * finds none.
 */
public final class CheckWorthinessRanking implements Evaluation {

    /** The best English MAP at CheckThat! 2019 task 1 (Hansen et al., Copenhagen team). */
    public static final double BEST_2019_MAP = 0.166;

    @Override
    public String dataset() {
        return "checkthat";
    }

    @Override
    public String defaultPath() {
        return "checkthat-2019/training";
    }

    @Override
    public int fastSlice() {
        return 6;
    }

    @Override
    public EvaluationResult run(Path path, int limit, EvaluationContext context) throws InterruptedException {
        List<Debate> debates = EvaluationContext.limit(new CheckThatReader().read(path), limit);
        List<List<AveragePrecision.Scored>> rankings = new ArrayList<>();
        int lines = 0;
        for (Debate debate : debates) {
            List<Article> articles = debate.lines().stream()
                    .map(l -> Article.of(debate.name() + "#" + l.id(), l.text())).toList();
            List<AnalyzedArticle> analysed = context.analyzeAll(articles);
            List<AveragePrecision.Scored> ranking = new ArrayList<>(articles.size());
            for (int i = 0; i < analysed.size(); i++) {
                LabelledSentence line = debate.lines().get(i);
                double score = analysed.get(i).claims().stream().mapToDouble(Claim::checkWorthiness).max().orElse(0);
                ranking.add(new AveragePrecision.Scored(score, line.positive()));
            }
            rankings.add(ranking);
            lines += ranking.size();
        }
        double map = AveragePrecision.mean(rankings);
        double precisionAt10 = rankings.stream().mapToDouble(CheckWorthinessRanking::precisionAt10).average().orElse(0);
        return new EvaluationResult(dataset(), path.toString(), debates.size(), "debates", List.of(
                Figure.anchored("map", map, BEST_2019_MAP, "best CheckThat! 2019 English MAP"),
                Figure.of("precision-at-10", precisionAt10),
                Figure.of("lines", lines)));
    }

    private static double precisionAt10(List<AveragePrecision.Scored> ranking) {
        List<AveragePrecision.Scored> sorted = new ArrayList<>(ranking);
        sorted.sort(Comparator.comparingDouble(AveragePrecision.Scored::score).reversed());
        return sorted.stream().limit(10).filter(AveragePrecision.Scored::relevant).count() / 10.0;
    }
}
