package org.credence.evaluation.training;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.credence.engine.analysis.attribution.AttributionExtractor;
import org.credence.engine.analysis.attribution.AttributionModel;
import org.credence.engine.analysis.attribution.AttributionModelTrainer;
import org.credence.engine.lexicon.Lexicons;
import org.credence.evaluation.AttributionSpans;
import org.credence.evaluation.EvaluationResult;
import org.credence.evaluation.datasets.AnnotatedDocument;
import org.credence.evaluation.datasets.DatasetException;
import org.credence.evaluation.datasets.PolnearReader;

/**
 * One run of {@code credence train attribution}: reads PolNeAR's train and dev splits, trains the model on train,
 * measures the finders on dev (where the shipped settings were chosen) and optionally by cross-validation over
 * train, and writes the model. Here rather than in the command so that the application needs no engine internals.
 */
public final class AttributionTrainingRun {

    /** The file name the engine looks for in a {@code --models} folder. */
    public static final String FILE_NAME = AttributionModel.FILE_NAME;

    /**
     * What to train and how; null settings take the chosen (shipped) ones.
     *
     * @param outsideWeights decoder weights to measure on dev; the first is written; null or empty: the chosen one
     * @param codec          "bilou" or "bio", or null
     */
    public record Request(Path train, Path dev, Path out, Path lexicons, int threads, int folds, int limit,
                          String algorithm, Integer iterations, Integer cutoff, String codec, Integer beam,
                          List<Double> outsideWeights) {
    }

    private AttributionTrainingRun() {
    }

    /**
     * @return the figures on dev (and of cross-validation) for the caller to print; the model is written to
     *         {@code out} by then
     * @throws IllegalArgumentException when a setting is out of range, naming it
     * @throws DatasetException         when the data cannot be read
     * @throws UncheckedIOException     when the model cannot be written
     */
    public static List<EvaluationResult> run(Request r, PrintWriter progress) throws InterruptedException {
        AttributionModelTrainer.Settings settings = settings(r);
        List<AnnotatedDocument> train = spread(new PolnearReader().read(r.train()), r.limit());
        List<AnnotatedDocument> dev = spread(new PolnearReader().read(r.dev()), r.limit());
        Lexicons lex = r.lexicons() == null ? Lexicons.defaults() : Lexicons.withOverrides(r.lexicons());
        List<EvaluationResult> results = new ArrayList<>();
        try (AttributionTraining training = new AttributionTraining(lex, r.threads())) {
            progress.printf(Locale.ROOT, "credence: training on %d documents of %s (%s)%n", train.size(), r.train(),
                    settings);
            long start = System.nanoTime();
            AttributionModel model = training.train(train, settings);
            progress.printf(Locale.ROOT, "credence: trained in %.0f s%n", (System.nanoTime() - start) / 1e9);
            for (AttributionExtractor.Finders finders : AttributionExtractor.Finders.values()) {
                List<Double> weights = finders == AttributionExtractor.Finders.PATTERNS || r.outsideWeights() == null
                        || r.outsideWeights().isEmpty() ? List.of(settings.outsideWeight()) : r.outsideWeights();
                for (double w : weights) {
                    AttributionSpans.Tally tally = training.measure(dev,
                            training.extractor(model.withOutsideWeight(w), finders));
                    String label = "dev, chosen on it: " + describe(finders)
                            + (finders == AttributionExtractor.Finders.PATTERNS ? "" : ", outside weight " + w);
                    results.add(new EvaluationResult("polnear", label, dev.size(), "documents", tally.figures()));
                }
            }
            if (r.folds() >= 2) {
                AttributionSpans.Tally cv = training.crossValidate(train, r.folds(), settings,
                        AttributionExtractor.Finders.PATTERNS_THEN_MODEL, (k, t) -> progress.printf(Locale.ROOT,
                                "credence: fold %d of %d: source F1 %.3f, cue F1 %.3f%n", k, r.folds(),
                                t.sourceOverlap().f1(), t.cueOverlap().f1()));
                results.add(new EvaluationResult("polnear", "train, " + r.folds() + "-fold cross-validation, held out: "
                        + describe(AttributionExtractor.Finders.PATTERNS_THEN_MODEL), train.size(), "documents",
                        cv.figures()));
            }
            try {
                model.write(r.out());
            } catch (IOException e) {
                throw new UncheckedIOException(r.out() + ": cannot write the model: " + e.getMessage(), e);
            }
        }
        return results;
    }

    /** {@code limit} items spread evenly over the list, in its order; all of them for 0. */
    static <T> List<T> spread(List<T> items, int limit) {
        if (limit <= 0 || limit >= items.size()) {
            return items;
        }
        List<T> out = new ArrayList<>(limit);
        for (int i = 0; i < limit; i++) {
            out.add(items.get((int) ((long) i * items.size() / limit)));
        }
        return out;
    }

    private static String describe(AttributionExtractor.Finders finders) {
        return switch (finders) {
            case PATTERNS -> "patterns alone";
            case MODEL -> "model alone";
            case PATTERNS_THEN_MODEL -> "patterns, then model";
            case MODEL_THEN_PATTERNS -> "model, then patterns";
        };
    }

    private static AttributionModelTrainer.Settings settings(Request r) {
        AttributionModelTrainer.Settings chosen = AttributionModelTrainer.Settings.chosen();
        boolean bilou = r.codec() == null ? chosen.bilou() : switch (r.codec().toLowerCase(Locale.ROOT)) {
            case "bilou" -> true;
            case "bio" -> false;
            default -> throw new IllegalArgumentException("--codec must be bilou or bio, was " + r.codec());
        };
        List<Double> weights = r.outsideWeights();
        return new AttributionModelTrainer.Settings(r.algorithm() == null ? chosen.algorithm() : r.algorithm(),
                r.iterations() == null ? chosen.iterations() : r.iterations(),
                r.cutoff() == null ? chosen.cutoff() : r.cutoff(), bilou,
                r.beam() == null ? chosen.beamSize() : r.beam(),
                weights == null || weights.isEmpty() ? chosen.outsideWeight() : weights.get(0));
    }
}
