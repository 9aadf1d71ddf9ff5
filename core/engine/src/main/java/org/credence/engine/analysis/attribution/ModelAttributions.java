package org.credence.engine.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.credence.api.AttributionType;
import org.credence.api.Span;
import org.credence.engine.analysis.attribution.NounPhrases.Phrase;

/**
 * The learned half of attribution (decision 0026): the spans the {@link AttributionModel} marks in a sentence,
 * paired into attributions, each typed as a statement or a belief by its cue's verb.
 */
final class ModelAttributions {

    private final AttributionModel model;
    private final AttributionFeatures features;
    private final Set<String> beliefVerbs;

    ModelAttributions(AttributionModel model, AttributionFeatures features, Set<String> beliefVerbs) {
        this.model = Objects.requireNonNull(model);
        this.features = features;
        this.beliefVerbs = Set.copyOf(beliefVerbs);
    }

    /**
     * The model's sources and cues, paired: each cue with the nearest source before it in its clause, else the
     * nearest after it ("..., said the minister").
     */
    List<AttributionDraft> find(TaggedSentence s) {
        String[] tokens = new String[s.size()];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = s.textOf(i, i);
        }
        List<AttributionModel.Found> found = model.find(tokens, features.context(s.words(), s.tags()));
        List<AttributionDraft> out = new ArrayList<>();
        for (AttributionModel.Found cue : found) {
            if (cue.part() != AttributionModel.Part.CUE) {
                continue;
            }
            AttributionModel.Found source = null;
            int distance = Integer.MAX_VALUE;
            for (AttributionModel.Found f : found) {
                if (f.part() != AttributionModel.Part.SOURCE) {
                    continue;
                }
                int d = f.last() < cue.first() ? cue.first() - f.last() : f.first() > cue.last() ? f.first() - cue.last() + 1 : 0;
                if (d > 0 && d < distance) {
                    source = f;
                    distance = d;
                }
            }
            if (source == null) {
                continue;
            }
            Span cueSpan = s.span(cue.first(), cue.last());
            Span sentence = s.sentence().span();
            boolean sourceFirst = source.last() < cue.first();
            int after = Math.max(cue.last(), sourceFirst ? cue.last() : source.last()) + 1;
            Span content = after < s.size()
                    ? AttributionDraft.trim(s.text(), new Span(s.span(after, after).start(), sentence.end())) : Span.EMPTY;
            if (content.isEmpty()) {
                int before = Math.min(source.first(), cue.first());
                content = before > 0 ? AttributionDraft.trim(s.text(), new Span(sentence.start(), s.span(before, before).start())) : Span.EMPTY;
            }
            out.add(new AttributionDraft(new Phrase(source.first(), source.last()), null, cueSpan, content, typeOf(s, cue.first(), cue.last())));
        }
        return out;
    }

    /** A cue with a belief verb in it ("wants", "is expected to") reports a belief; any other, a statement. */
    private AttributionType typeOf(TaggedSentence s, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (beliefVerbs.contains(s.words()[i])) {
                return AttributionType.BELIEF;
            }
        }
        return AttributionType.STATEMENT;
    }
}
