package org.credence.api;

/**
 * One token of a sentence.
 *
 * @param span where it stands in the article text
 * @param tag  its part-of-speech tag, a Universal Dependencies UPOS tag ("NOUN", "PROPN", "VERB", "NUM"...). Sentences
 *             that carry no figure, attribution or cue may be left untagged for speed: their tokens are "PUNCT" or
 *             "NUM" where that is plain from the text and "X" otherwise. Headlines and claim sentences are always
 *             tagged.
 */
public record Token(Span span, String tag) {
}
