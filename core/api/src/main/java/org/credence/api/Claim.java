package org.credence.api;

import java.util.List;
import java.util.Objects;

/**
 * A sentence that asserts something checkable, with what the analysis found in it.
 *
 * @param id               unique within the corpus: the article id, "#", and a number ("seed-001#4")
 * @param articleId        the article it belongs to
 * @param sentenceIndex    the sentence it was made from
 * @param span             where it stands in the article text
 * @param checkWorthiness  0..1: how much the sentence asserts something a fact-checker would check
 * @param quantities       the figures it states
 * @param attributions     whom it is attributed to: statements only ("X said"), since a belief or wish ("X wants")
 *                         is no source for it; empty when the article itself asserts it
 * @param cues             hedges, denials and the like within it
 * @param reasons          why it is check-worthy, in plain words, the strongest first ("states a figure", "names a
 *                         source", "comparative"); empty when the detector gives none. Since API 2.0.
 */
public record Claim(String id, String articleId, int sentenceIndex, Span span, double checkWorthiness,
                    List<Quantity> quantities, List<Attribution> attributions, List<Cue> cues, List<String> reasons) {

    /** A claim without stated reasons, as rules written before API 2.0 build it. */
    public Claim(String id, String articleId, int sentenceIndex, Span span, double checkWorthiness,
                 List<Quantity> quantities, List<Attribution> attributions, List<Cue> cues) {
        this(id, articleId, sentenceIndex, span, checkWorthiness, quantities, attributions, cues, List.of());
    }

    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(span, "span");
        quantities = List.copyOf(quantities);
        attributions = List.copyOf(attributions);
        cues = List.copyOf(cues);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** @return true when any cue of the given type stands in the claim */
    public boolean has(CueType type) {
        return cues.stream().anyMatch(c -> c.type() == type);
    }

    /** @return the kinds of source the claim is attributed to; {@link SourceKind#NONE} alone when it has none */
    public List<SourceKind> sourceKinds() {
        if (attributions.isEmpty()) {
            return List.of(SourceKind.NONE);
        }
        return attributions.stream().map(Attribution::kind).distinct().toList();
    }
}
