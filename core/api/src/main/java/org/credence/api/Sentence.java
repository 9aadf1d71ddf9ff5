package org.credence.api;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of an article, with its tokens. The headline, when there is one, is sentence 0.
 *
 * @param index    position in the article, from 0
 * @param span     where it stands in the article text
 * @param tokens   its tokens in order. Kept as given, not copied: a large corpus holds millions of tokens and the
 *                 engine gives each sentence a compact immutable list of them, which a copy would quadruple. Whoever
 *                 makes a sentence passes a list that does not change afterwards ({@link List#of}, {@link List#copyOf})
 * @param headline true for the article's headline
 */
public record Sentence(int index, Span span, List<Token> tokens, boolean headline) {

    public Sentence {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(tokens, "tokens");
    }
}
