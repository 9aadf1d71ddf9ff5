package org.credence.api;

/**
 * One token of a sentence.
 *
 * @param span where it stands in the article text
 * @param tag  its part-of-speech tag, a Universal Dependencies UPOS tag ("NOUN", "PROPN", "VERB", "NUM"...)
 */
public record Token(Span span, String tag) {
}
