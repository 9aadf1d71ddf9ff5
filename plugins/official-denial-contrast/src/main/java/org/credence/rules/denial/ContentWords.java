package org.credence.rules.denial;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Sentence;
import org.credence.api.Span;
import org.credence.api.Token;
import org.credence.api.Words;

/**
 * The content words of a sentence other than names (nouns, verbs, adjectives), cut to the API's stem
 * ({@link Words#stem}) so "recruiting", "recruitment" and "recruits" meet. Names are left out: two sentences about
 * Syria need not be about the same thing.
 */
final class ContentWords {

    private static final Set<String> TAGS = Set.of("NOUN", "VERB", "ADJ");
    /** Words of reporting, of denial and of time, which say nothing of what is denied; as stems. */
    private static final Set<String> IGNORED = Stream.of(
            "said", "say", "says", "told", "report", "reported", "claim", "claimed", "official", "officer", "office",
            "record", "recorded", "evidence", "proof", "there", "being", "have", "been", "other", "such", "many",
            "some", "also", "year", "month", "week", "today", "friday", "monday", "tuesday", "wednesday", "thursday",
            "saturday", "sunday", "media", "deny", "denied", "denies", "reject", "rejected", "dismiss", "dismissed",
            "provide", "provided", "fail", "failed", "show", "showed", "prove", "proved", "any")
            .map(Words::stem).collect(Collectors.toUnmodifiableSet());

    private ContentWords() {
    }

    static Set<String> of(AnalyzedArticle article, Sentence sentence, Span skip) {
        Set<String> out = new HashSet<>();
        for (Token t : sentence.tokens()) {
            if (!TAGS.contains(t.tag()) || skip.contains(t.span())) {
                continue;
            }
            String stem = Words.stem(t.span().in(article.text()));
            if (stem.length() >= 3 && !IGNORED.contains(stem)) {
                out.add(stem);
            }
        }
        return out;
    }

    /**
     * The first content word after the cue: the thing the denial is about ("no record of any recruitment"). A
     * denial that names nothing after its cue ("…, which officials denied.") has no key, and contests only claims
     * whose figures are linked to its article.
     */
    static String firstAfter(AnalyzedArticle article, Sentence sentence, Span cue) {
        for (Token t : sentence.tokens()) {
            // a noun or verb names what is denied; an adjective ("no evidence of political bias") only colours it
            if (!(t.tag().equals("NOUN") || t.tag().equals("VERB")) || cue.contains(t.span())) {
                continue;
            }
            String stem = Words.stem(t.span().in(article.text()));
            if (stem.length() < 3 || IGNORED.contains(stem)) {
                continue;
            }
            if (t.span().start() >= cue.end()) {
                return stem;
            }
        }
        return "";
    }
}
