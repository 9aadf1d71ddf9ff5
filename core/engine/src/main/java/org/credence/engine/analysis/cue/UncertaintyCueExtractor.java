package org.credence.engine.analysis.cue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.credence.api.Cue;
import org.credence.api.CueType;
import org.credence.api.Sentence;
import org.credence.api.Span;
import org.credence.engine.analysis.Extractor;
import org.credence.engine.analysis.TextUnit;
import org.credence.engine.analysis.text.WordForms;
import org.credence.engine.model.LinearModel;

/**
 * Finds speculation cues ("may", "probably", "is thought", "whether") with the learned uncertainty model
 * (docs/models.md): the model's vocabulary is the cue phrases annotators marked in the training sentences, and for
 * each place such a phrase stands the model decides from its context whether it is a cue there ("the toll may
 * rise", yes; "in May 2021", no). Each cue found is a {@link CueType#SPECULATION} cue with its span. Hedges and
 * weasel phrases of news ("reportedly", "sources suggest") come from the cue lexicon, which {@link CombinedCues}
 * puts first. "May" as a month ("May 2021", "on 4 May") is never a cue, as in the lexicon: Wikipedia gives the
 * model too few months to learn that from. Thread-safe.
 */
public final class UncertaintyCueExtractor implements Extractor<Cue> {

    public static final String KIND = "uncertainty";

    private final LinearModel model;
    private final CandidatePhrases candidates;

    public UncertaintyCueExtractor(LinearModel model) {
        this.model = Objects.requireNonNull(model, "model");
        if (!model.kind().equals(KIND)) {
            throw new IllegalArgumentException("a " + model.kind() + " model cannot find uncertainty cues");
        }
        this.candidates = new CandidatePhrases(model.vocabulary());
    }

    public LinearModel model() {
        return model;
    }

    @Override
    public List<Cue> extract(TextUnit unit) {
        List<Cue> out = new ArrayList<>();
        String text = unit.text();
        for (Sentence sentence : unit.sentences()) {
            WordForms words = new WordForms(text, sentence);
            for (CandidatePhrases.Found f : candidates.find(words)) {
                LinearModel.Scoring scoring = model.scoring();
                UncertaintyFeatures.extract(words, f.phrase(), f.first(), f.last(), scoring);
                Span span = new Span(words.start(f.first()), words.end(f.last()));
                if (scoring.yes() && !CueExtractor.isMonth(text, sentence, span, CueType.SPECULATION)) {
                    out.add(new Cue(span, CueType.SPECULATION, f.phrase()));
                }
            }
        }
        return out;
    }
}
