package org.credence.engine.analysis;

import java.util.List;
import org.credence.api.Sentence;
import org.credence.api.Span;

/**
 * A text split into sentences, as the extractors receive it.
 *
 * @param text      the whole article text
 * @param headline  where the headline stands, or {@link Span#EMPTY}
 * @param sentences its sentences, headline first
 */
public record TextUnit(String text, Span headline, List<Sentence> sentences) {

    public TextUnit {
        sentences = List.copyOf(sentences);
    }
}
