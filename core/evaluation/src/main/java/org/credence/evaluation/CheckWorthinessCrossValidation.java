package org.credence.evaluation;

import org.credence.evaluation.crossval.Folds;
import org.credence.evaluation.crossval.Spread;
import org.credence.evaluation.crossval.TextKey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Article;
import org.credence.api.Claim;
import org.credence.engine.analysis.claim.LearnedClaimDetector;
import org.credence.engine.analysis.TextUnit;
import org.credence.engine.model.LinearModel;
import org.credence.engine.training.CheckWorthinessTrainer;
import org.credence.engine.training.LinearTrainer;
import org.credence.evaluation.datasets.Debate;
import org.credence.evaluation.datasets.LabelledSentence;
import org.credence.evaluation.metrics.AveragePrecision;
import org.credence.evaluation.metrics.Baselines;
import org.credence.evaluation.metrics.Counts;

/**
 * Cross-validates the check-worthiness model as it is shipped: trained on ClaimBuster sentences only
 * (docs/models.md), measured by the product's own {@link LearnedClaimDetector} on what each fold held out. Whatever
 * is held out is also kept out of training by its text ({@link TextKey}): ClaimBuster and CheckThat! both took
 * sentences from the same presidential debates, and ClaimBuster repeats some sentences.
 */
public final class CheckWorthinessCrossValidation {

    private final EvaluationContext context;
    private final LinearTrainer trainer;

    public CheckWorthinessCrossValidation(EvaluationContext context, LinearTrainer trainer) {
        this.context = context;
        this.trainer = trainer;
    }

    /** ClaimBuster in k folds of sentences: precision, recall and F1 of "a claim is found" on each held-out fold. */
    public List<Figure> claimBuster(List<LabelledSentence> sentences, int k) throws InterruptedException {
        List<AnalyzedArticle> analysed = analyse(sentences);
        int[] fold = Folds.assign(sentences.stream().map(LabelledSentence::id).toList(), k, trainer.seed());
        List<Double> f1 = new ArrayList<>();
        List<Double> precision = new ArrayList<>();
        List<Double> recall = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            Set<String> heldKeys = new HashSet<>();
            for (int i = 0; i < sentences.size(); i++) {
                if (fold[i] == f) {
                    heldKeys.add(TextKey.of(sentences.get(i).text()));
                }
            }
            int heldFold = f;
            LearnedClaimDetector detector = new LearnedClaimDetector(train(sentences, analysed,
                    i -> fold[i] != heldFold && !heldKeys.contains(TextKey.of(sentences.get(i).text()))));
            Counts counts = Counts.ZERO;
            for (int i = 0; i < sentences.size(); i++) {
                if (fold[i] == f) {
                    counts = counts.add(!claims(detector, analysed.get(i)).isEmpty(), sentences.get(i).positive());
                }
            }
            f1.add(counts.f1());
            precision.add(counts.precision());
            recall.add(counts.recall());
        }
        int positives = (int) sentences.stream().filter(LabelledSentence::positive).count();
        List<Figure> out = new ArrayList<>(spread("f1", Spread.of(f1)));
        out.add(Figure.of("cv-precision", Spread.of(precision).mean()));
        out.add(Figure.of("cv-recall", Spread.of(recall).mean()));
        out.addAll(f1Baselines(positives, sentences.size()));
        return out;
    }

    /**
     * CheckThat! with whole debates held out, k groups of debates: each group is ranked by a model trained on the
     * ClaimBuster sentences that do not occur in it, and MAP is taken over every debate's held-out ranking.
     */
    public List<Figure> checkThat(List<Debate> debates, List<LabelledSentence> training, int k) throws InterruptedException {
        List<AnalyzedArticle> trainingAnalysed = analyse(training);
        int[] fold = Folds.assign(debates.stream().map(Debate::name).toList(), k, trainer.seed());
        List<List<AveragePrecision.Scored>> rankings = new ArrayList<>();
        List<Double> foldMaps = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            Set<String> heldKeys = new HashSet<>();
            List<Debate> held = new ArrayList<>();
            for (int d = 0; d < debates.size(); d++) {
                if (fold[d] == f) {
                    held.add(debates.get(d));
                    debates.get(d).lines().forEach(l -> heldKeys.add(TextKey.of(l.text())));
                }
            }
            LearnedClaimDetector detector = new LearnedClaimDetector(train(training, trainingAnalysed,
                    i -> !heldKeys.contains(TextKey.of(training.get(i).text()))));
            List<List<AveragePrecision.Scored>> foldRankings = new ArrayList<>();
            for (Debate debate : held) {
                foldRankings.add(rank(debate, detector));
            }
            rankings.addAll(foldRankings);
            foldMaps.add(AveragePrecision.mean(foldRankings));
        }
        List<Figure> out = new ArrayList<>();
        out.add(Figure.of("cv-map", AveragePrecision.mean(rankings)));
        Spread s = Spread.of(foldMaps);
        out.add(Figure.of("cv-map-fold-sd", s.sd()));
        out.add(Figure.of("cv-map-fold-min", s.min()));
        out.add(Figure.of("cv-map-fold-max", s.max()));
        out.add(Figure.of("map-file-order", Baselines.fileOrderMap(rankings)));
        out.add(Figure.of("map-random", Baselines.randomMap(rankings, trainer.seed())));
        out.add(Figure.of("folds", k));
        return out;
    }

    /** A debate's lines ranked as {@code credence eval checkthat} ranks them: the best claim's check-worthiness, else 0. */
    public List<AveragePrecision.Scored> rank(Debate debate, LearnedClaimDetector detector) throws InterruptedException {
        List<AnalyzedArticle> lines = analyse(debate.lines());
        List<AveragePrecision.Scored> ranking = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            double score = claims(detector, lines.get(i)).stream().mapToDouble(Claim::checkWorthiness).max().orElse(0);
            ranking.add(new AveragePrecision.Scored(score, debate.lines().get(i).positive()));
        }
        return ranking;
    }

    private LinearModel train(List<LabelledSentence> items, List<AnalyzedArticle> analysed,
                              java.util.function.IntPredicate keep) {
        List<CheckWorthinessTrainer.Labelled> train = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (keep.test(i)) {
                train.add(new CheckWorthinessTrainer.Labelled(analysed.get(i), items.get(i).positive()));
            }
        }
        return new CheckWorthinessTrainer(trainer).train(train, Map.of());
    }

    private List<AnalyzedArticle> analyse(List<LabelledSentence> items) throws InterruptedException {
        return context.analyzeAll(items.stream().map(s -> Article.of(s.id(), s.text())).toList());
    }

    static List<Claim> claims(LearnedClaimDetector detector, AnalyzedArticle a) {
        // as the Analyzer does: only statements make sources of a claim
        return detector.detect(a.id(), new TextUnit(a.text(), a.headline(), a.sentences()), a.quantities(),
                a.attributions().stream().filter(org.credence.api.Attribution::isStatement).toList(), a.cues());
    }

    public static List<Figure> spread(String name, Spread s) {
        return List.of(Figure.of("cv-" + name, s.mean()), Figure.of("cv-" + name + "-sd", s.sd()),
                Figure.of("cv-" + name + "-min", s.min()), Figure.of("cv-" + name + "-max", s.max()),
                Figure.of("folds", s.folds()));
    }

    public static List<Figure> f1Baselines(int positives, int total) {
        return List.of(Figure.of("f1-majority", Baselines.majorityF1(positives, total)),
                Figure.of("f1-random", Baselines.randomF1(positives, total)),
                Figure.of("f1-always-yes", Baselines.alwaysYesF1(positives, total)));
    }
}
