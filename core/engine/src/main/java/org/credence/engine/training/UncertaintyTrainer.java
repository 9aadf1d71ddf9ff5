package org.credence.engine.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Sentence;
import org.credence.engine.analysis.cue.CandidatePhrases;
import org.credence.engine.analysis.cue.UncertaintyCueExtractor;
import org.credence.engine.analysis.cue.UncertaintyFeatures;
import org.credence.engine.analysis.text.TokenText;
import org.credence.engine.analysis.text.WordForms;
import org.credence.engine.model.LinearModel;

/**
 * Trains the uncertainty model from sentences whose cue phrases annotators marked (the Szeged Uncertainty Corpus).
 * First the vocabulary: every phrase marked as a cue in at least {@link #MIN_CUE_SENTENCES} training sentences.
 * Then one example for each place a vocabulary phrase stands in a training sentence, positive when annotators
 * marked it there, with its context as features ({@link UncertaintyFeatures}). Nothing is taken from sentences the
 * model will be measured on: the caller leaves them out.
 */
public final class UncertaintyTrainer {

    /** The settings the shipped model was trained with (docs/models.md). */
    public static final LinearTrainer DEFAULT = new LinearTrainer(1.0, 2, 42);
    public static final double THRESHOLD = 0.5;
    /** A phrase enters the vocabulary when marked as a cue in this many training sentences. */
    public static final int MIN_CUE_SENTENCES = 2;

    /** One analysed sentence, the cue phrases annotators marked in it, and its label. */
    public record Annotated(AnalyzedArticle article, List<String> cues, boolean uncertain) {
        public Annotated {
            cues = List.copyOf(cues);
        }
    }

    private final LinearTrainer trainer;

    public UncertaintyTrainer(LinearTrainer trainer) {
        this.trainer = trainer;
    }

    public LinearModel train(List<Annotated> items, Map<String, String> about) {
        TreeSet<String> vocabulary = vocabulary(items);
        CandidatePhrases candidates = new CandidatePhrases(vocabulary);
        List<FeatureExample> examples = new ArrayList<>();
        for (Annotated item : items) {
            List<String[]> marked = item.cues().stream().map(TokenText::words).toList();
            AnalyzedArticle a = item.article();
            for (Sentence s : a.sentences()) {
                WordForms words = new WordForms(a.text(), s);
                for (CandidatePhrases.Found f : candidates.find(words)) {
                    FeatureExample.Collector features = new FeatureExample.Collector();
                    UncertaintyFeatures.extract(words, f.phrase(), f.first(), f.last(), features);
                    examples.add(features.labelled(isMarked(f.phrase(), marked)));
                }
            }
        }
        Map<String, String> all = new LinkedHashMap<>(about);
        all.put("features", "UncertaintyFeatures " + UncertaintyFeatures.VERSION);
        all.put("examples", examples.size() + " places where a vocabulary phrase stands, "
                + examples.stream().filter(FeatureExample::positive).count() + " of them cues");
        all.put("vocabulary", "phrases marked as cues in at least " + MIN_CUE_SENTENCES + " training sentences");
        return trainer.train(UncertaintyCueExtractor.KIND, all, THRESHOLD, examples).withVocabulary(vocabulary);
    }

    static TreeSet<String> vocabulary(List<Annotated> items) {
        Map<String, Integer> sentences = new HashMap<>();
        for (Annotated item : items) {
            item.cues().stream().map(c -> String.join(" ", TokenText.words(c))).filter(c -> !c.isEmpty()).distinct()
                    .forEach(c -> sentences.merge(c, 1, Integer::sum));
        }
        TreeSet<String> out = new TreeSet<>();
        sentences.forEach((phrase, n) -> {
            if (n >= MIN_CUE_SENTENCES) {
                out.add(phrase);
            }
        });
        return out;
    }

    /** True when the phrase is, or is part of, a phrase annotators marked in the sentence. */
    static boolean isMarked(String phrase, List<String[]> marked) {
        String[] words = phrase.split(" ");
        for (String[] cue : marked) {
            for (int i = 0; i + words.length <= cue.length; i++) {
                if (Arrays.equals(cue, i, i + words.length, words, 0, words.length)) {
                    return true;
                }
            }
        }
        return false;
    }
}
