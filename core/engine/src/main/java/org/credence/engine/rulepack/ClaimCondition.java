package org.credence.engine.rulepack;

import java.util.List;
import java.util.Set;

import org.credence.api.CueType;
import org.credence.api.SourceKind;

/**
 * What a pack rule looks for in a claim. Each list means "any of these"; a part left empty is not looked at.
 *
 * @param phrases  words in the claim's sentence, matched whole and ignoring case ("experts say")
 * @param cues     kinds of cue the analysis found in the claim (HEDGE, WEASEL, DENIAL, ...)
 * @param sources  kinds of source the claim is attributed to (ACTIVIST, ANONYMOUS, ...; NONE: no source)
 * @param quantity a figure the claim must state, or null
 */
public record ClaimCondition(List<String> phrases, Set<CueType> cues, Set<SourceKind> sources,
                             QuantityCondition quantity) {

    /** The condition with no part: in {@code when} it would hold for every claim, in {@code unless} for none. */
    public static final ClaimCondition NOTHING = new ClaimCondition(List.of(), Set.of(), Set.of(), null);

    public ClaimCondition {
        phrases = List.copyOf(phrases);
        cues = Set.copyOf(cues);
        sources = Set.copyOf(sources);
    }

    /** @return true when no part is given */
    public boolean isEmpty() {
        return phrases.isEmpty() && cues.isEmpty() && sources.isEmpty() && quantity == null;
    }
}
