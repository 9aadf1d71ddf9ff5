package org.credence.engine.analysis.attribution;

import java.util.Set;

/**
 * Finds the noun phrase that names a source on either side of a cue, from UD tags: determiners, adjectives,
 * numbers, proper and common nouns, possessive 's, and "of"/"for" between two names ("Syrian Observatory for Human
 * Rights", "Ministry of Defence").
 */
final class NounPhrases {

    /** Tokens [first, last] of a phrase; {@code head} is its last noun or pronoun. */
    record Phrase(int first, int last) {
    }

    private static final Set<String> INSIDE = Set.of("PROPN", "NOUN", "ADJ", "NUM", "PART");
    private static final Set<String> LINKS = Set.of("of", "for", "al", "de", "bin", "von", "van", "&");
    private static final Set<String> HYPHENS = Set.of("-", "–", ".");

    private NounPhrases() {
    }

    /** The phrase ending at token {@code end} (inclusive), reading leftwards; null when there is none. */
    static Phrase endingAt(TaggedSentence s, int end) {
        if (end < 0) {
            return null;
        }
        if (s.is(end, "PRON")) {
            return new Phrase(end, end);
        }
        int i = end;
        while (i >= 0) {
            String tag = s.tags()[i];
            if (INSIDE.contains(tag) && !(tag.equals("PART") && !s.words()[i].equals("'s"))) {
                i--;
            } else if (LINKS.contains(s.words()[i]) && i > 0 && isNominal(s, i - 1) && isNominal(s, i + 1)) {
                i--;
            } else if (HYPHENS.contains(s.words()[i]) && i > 0 && isNominal(s, i - 1) && isNominal(s, i + 1)) {
                i--;
            } else if (tag.equals("DET") || s.words()[i].equals("multiple") || s.words()[i].equals("several")) {
                i--;
                break;
            } else {
                break;
            }
        }
        int first = i + 1;
        return first <= end && hasNoun(s, first, end) ? new Phrase(first, end) : null;
    }

    /** The phrase starting at token {@code start}, reading rightwards; null when there is none. */
    static Phrase startingAt(TaggedSentence s, int start) {
        if (start >= s.size()) {
            return null;
        }
        if (s.is(start, "PRON")) {
            return new Phrase(start, start);
        }
        int i = start;
        if (s.is(i, "DET") || s.word(i, "multiple") || s.word(i, "several")) {
            i++;
        }
        int lastNoun = -1;
        while (i < s.size()) {
            String tag = s.tags()[i];
            if (INSIDE.contains(tag) && !(tag.equals("PART") && !s.words()[i].equals("'s"))) {
                if (tag.equals("PROPN") || tag.equals("NOUN")) {
                    lastNoun = i;
                }
                i++;
            } else if ((LINKS.contains(s.words()[i]) || HYPHENS.contains(s.words()[i])) && lastNoun == i - 1
                    && isNominal(s, i + 1)) {
                i++;
            } else {
                break;
            }
        }
        return lastNoun >= start ? new Phrase(start, lastNoun) : null;
    }

    static boolean hasName(TaggedSentence s, Phrase p) {
        for (int i = p.first(); i <= p.last(); i++) {
            if (s.is(i, "PROPN")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNominal(TaggedSentence s, int i) {
        return s.is(i, "PROPN") || s.is(i, "NOUN") || s.is(i, "ADJ");
    }

    private static boolean hasNoun(TaggedSentence s, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (s.is(i, "PROPN") || s.is(i, "NOUN") || s.is(i, "PRON")) {
                return true;
            }
        }
        return false;
    }
}
