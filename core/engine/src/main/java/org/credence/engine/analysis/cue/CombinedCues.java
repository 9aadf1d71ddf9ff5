package org.credence.engine.analysis.cue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.credence.api.Cue;
import org.credence.engine.analysis.Extractor;
import org.credence.engine.analysis.TextUnit;

/**
 * The cues of the lexicon (hedges, weasel phrases, denials, missing evidence, a trainer's own phrases) and those the
 * uncertainty model finds, in text order. Where the two overlap the lexicon's cue wins: it carries the more telling
 * type ("allegedly" is a HEDGE there, not mere SPECULATION).
 */
public final class CombinedCues implements Extractor<Cue> {

    private final Extractor<Cue> lexicon;
    private final Extractor<Cue> learned;

    public CombinedCues(Extractor<Cue> lexicon, Extractor<Cue> learned) {
        this.lexicon = lexicon;
        this.learned = learned;
    }

    @Override
    public List<Cue> extract(TextUnit unit) {
        List<Cue> first = lexicon.extract(unit);
        List<Cue> second = learned.extract(unit);
        if (second.isEmpty()) {
            return first;
        }
        List<Cue> out = new ArrayList<>(first);
        for (Cue c : second) {
            if (first.stream().noneMatch(l -> l.span().overlaps(c.span()))) {
                out.add(c);
            }
        }
        out.sort(Comparator.comparing(Cue::span));
        return out;
    }
}
