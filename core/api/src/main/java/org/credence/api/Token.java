package org.credence.api;

/**
 * One token of a sentence.
 *
 * @param span where it stands in the article text
 * @param tag  its part-of-speech tag, a Universal Dependencies UPOS tag ("NOUN", "PROPN", "VERB", "NUM"...). Tagging
 *             costs more than the rest of the analysis, so the engine tags the headline whole, a sentence with a
 *             digit, a number word or a lexicon phrase (a speech verb, an attribution phrase, a cue) whole when it
 *             is short and in a window around each when it is long, and nothing else; every other token is "PUNCT"
 *             or "NUM" where that is plain from its characters and "X" otherwise. A rule that reads tags away from
 *             figures, sources and cues should expect "X".
 */
public record Token(Span span, String tag) {
}
