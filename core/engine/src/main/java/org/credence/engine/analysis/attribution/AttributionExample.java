package org.credence.engine.analysis.attribution;

import java.util.List;
import java.util.Objects;

import org.credence.api.Span;

/**
 * A text with its attributions marked by annotators, to train the attribution model on.
 *
 * @param id      where it came from, for messages
 * @param text    the text
 * @param sources where the sources stand (character offsets into {@code text})
 * @param cues    where the cues stand
 */
public record AttributionExample(String id, String text, List<Span> sources, List<Span> cues) {

    public AttributionExample {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        sources = List.copyOf(sources);
        cues = List.copyOf(cues);
    }
}
