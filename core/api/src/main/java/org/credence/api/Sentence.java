package org.credence.api;

import java.util.List;

/**
 * A sentence of an article, with its tokens. The headline, when there is one, is sentence 0.
 *
 * @param index    position in the article, from 0
 * @param span     where it stands in the article text
 * @param tokens   its tokens in order
 * @param headline true for the article's headline
 */
public record Sentence(int index, Span span, List<Token> tokens, boolean headline) {

    public Sentence {
        tokens = tokens instanceof TokenList compact ? compact : List.copyOf(tokens);   // TokenList is immutable
    }
}
