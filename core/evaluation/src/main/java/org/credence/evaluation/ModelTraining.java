package org.credence.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Article;
import org.credence.engine.model.LinearModel;
import org.credence.engine.training.CheckWorthinessTrainer;
import org.credence.engine.training.LinearTrainer;
import org.credence.engine.training.UncertaintyTrainer;
import org.credence.evaluation.crossval.TextKey;
import org.credence.evaluation.datasets.CheckThatReader;
import org.credence.evaluation.datasets.ClaimBusterReader;
import org.credence.evaluation.datasets.Debate;
import org.credence.evaluation.datasets.LabelledSentence;
import org.credence.evaluation.datasets.SzegedReader;
import org.credence.evaluation.datasets.SzegedSentence;

/**
 * Trains the learned models from labelled data files, as {@code credence train} does: reads the files, keeps out what
 * {@code credence eval} measures (unless told to use everything) and any sentence of the files to exclude, analyses
 * the rest with the engine, and fits the model. What went in is written into the model's "about" lines, by file
 * name, so the same data and seed give the same bytes on any machine.
 */
public final class ModelTraining {

    private final EvaluationContext context;

    public ModelTraining(EvaluationContext context) {
        this.context = context;
    }

    /** Labelled sentences from ClaimBuster JSON files and CheckThat! TSV files or folders. */
    public record CheckWorthinessData(List<LabelledSentence> sentences, int heldOut, List<String> sources) {
    }

    /**
     * @param all  true to train on the sentences {@code credence eval} holds out too
     */
    public static CheckWorthinessData checkWorthinessData(List<Path> files, boolean all) {
        List<LabelledSentence> out = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        int heldOut = 0;
        for (Path file : files) {
            if (isClaimBuster(file)) {
                List<LabelledSentence> cb = new ClaimBusterReader().read(file);
                Set<Integer> held = all ? Set.of() : HeldOut.claimBuster(cb.size());
                heldOut += held.size();
                out.addAll(HeldOut.pick(cb, i -> !held.contains(i)));
                sources.add(file.getFileName() + " (ClaimBuster" + (held.isEmpty() ? "" : ", less the "
                        + held.size() + " sentences credence eval holds out") + ")");
            } else {
                for (Debate d : new CheckThatReader().read(file)) {
                    out.addAll(d.lines());
                }
                sources.add(file.getFileName() + " (CheckThat!)");
            }
        }
        return new CheckWorthinessData(out, heldOut, sources);
    }

    /** The keys ({@link TextKey}) of every sentence in ClaimBuster or CheckThat! files, to keep out of training. */
    public static Set<String> sentenceKeys(List<Path> files) {
        Set<String> keys = new HashSet<>();
        for (Path file : files) {
            List<LabelledSentence> sentences = isClaimBuster(file) ? new ClaimBusterReader().read(file)
                    : new CheckThatReader().read(file).stream().flatMap(d -> d.lines().stream()).toList();
            sentences.forEach(s -> keys.add(TextKey.of(s.text())));
        }
        return keys;
    }

    private static boolean isClaimBuster(Path file) {
        return Files.isRegularFile(file) && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    }

    /**
     * The check-worthiness model from the data, less the sentences whose keys are excluded, with the shipped settings
     * and the given seed.
     */
    public TrainedModel checkWorthiness(CheckWorthinessData data, Set<String> excluded, List<String> excludedSources,
                                        long seed) throws InterruptedException {
        return new TrainedModel(checkWorthiness(data, excluded, excludedSources, CheckWorthinessTrainer.DEFAULT.withSeed(seed)));
    }

    LinearModel checkWorthiness(CheckWorthinessData data, Set<String> excluded, List<String> excludedSources,
                                LinearTrainer trainer) throws InterruptedException {
        List<LabelledSentence> kept = data.sentences().stream().filter(s -> !excluded.contains(TextKey.of(s.text()))).toList();
        List<AnalyzedArticle> analysed = context.analyzeAll(kept.stream().map(s -> Article.of(s.id(), s.text())).toList());
        List<CheckWorthinessTrainer.Labelled> items = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            items.add(new CheckWorthinessTrainer.Labelled(analysed.get(i), kept.get(i).positive()));
        }
        Map<String, String> about = new LinkedHashMap<>();
        about.put("data", String.join("; ", data.sources()));
        if (!excludedSources.isEmpty()) {
            about.put("left out", (data.sentences().size() - kept.size()) + " sentences that also occur in "
                    + String.join(", ", excludedSources));
        }
        return new CheckWorthinessTrainer(trainer).train(items, about);
    }

    /** Szeged sentences with their cues, less the articles {@code credence eval} holds out unless {@code all}. */
    public record UncertaintyData(List<SzegedSentence> sentences, int heldOut, List<String> sources) {
    }

    public static UncertaintyData uncertaintyData(List<Path> files, boolean all) {
        List<SzegedSentence> out = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        int heldOut = 0;
        for (Path file : files) {
            List<SzegedSentence> sentences = new SzegedReader().readAnnotated(file);
            boolean[] held = HeldOut.szeged(sentences);
            int before = out.size();
            for (int i = 0; i < sentences.size(); i++) {
                if (all || !held[i]) {
                    out.add(sentences.get(i));
                }
            }
            int left = sentences.size() - (out.size() - before);
            heldOut += left;
            sources.add(file.getFileName() + (left == 0 ? "" : " (less " + left
                    + " sentences of every " + ordinal(HeldOut.SZEGED_EVERY) + " article, which credence eval holds out)"));
        }
        return new UncertaintyData(out, heldOut, sources);
    }

    private static String ordinal(int n) {
        return n == 5 ? "fifth" : n + "th";
    }

    /** The uncertainty model from the data, with the shipped settings and the given seed. */
    public TrainedModel uncertainty(UncertaintyData data, long seed) throws InterruptedException {
        return new TrainedModel(uncertainty(data, UncertaintyTrainer.DEFAULT.withSeed(seed)));
    }

    LinearModel uncertainty(UncertaintyData data, LinearTrainer trainer) throws InterruptedException {
        List<SzegedSentence> sentences = data.sentences();
        List<AnalyzedArticle> analysed = context.analyzeAll(sentences.stream().map(s -> Article.of(s.id(), s.text())).toList());
        List<UncertaintyTrainer.Annotated> items = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            items.add(new UncertaintyTrainer.Annotated(analysed.get(i), sentences.get(i).cues(), sentences.get(i).uncertain()));
        }
        Map<String, String> about = new LinkedHashMap<>();
        about.put("data", String.join("; ", data.sources()));
        return new UncertaintyTrainer(trainer).train(items, about);
    }
}
