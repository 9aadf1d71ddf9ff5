package org.credence.rules.denial;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Sentence;
import org.credence.api.Span;
import org.credence.api.Token;

/**
 * The content words of a sentence other than names (nouns, verbs, adjectives), cut to a crude stem so "recruiting",
 * "recruitment" and "recruits" meet. Names are left out: two sentences about Syria need not be about the same thing.
 */
final class ContentWords {

    private static final Set<String> TAGS = Set.of("NOUN", "VERB", "ADJ");
    private static final Set<String> IGNORED = Set.of(
            "said", "say", "says", "told", "report", "repor", "claim", "official", "offic", "record", "recor",
            "evidence", "evide", "proof", "there", "being", "have", "been", "other", "such", "many", "some",
            "also", "year", "month", "week", "today", "friday", "monday", "tuesday", "wednesday", "thursday",
            "saturday", "sunday", "media", "denie", "deny", "denied", "rejec", "dismi", "provi", "fail", "faile",
            "show", "prove", "any");

    private ContentWords() {
    }

    static Set<String> of(AnalyzedArticle article, Sentence sentence, Span skip) {
        Set<String> out = new HashSet<>();
        for (Token t : sentence.tokens()) {
            if (!TAGS.contains(t.tag()) || skip.contains(t.span())) {
                continue;
            }
            String stem = stem(t.span().in(article.text()));
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
            String stem = stem(t.span().in(article.text()));
            if (stem.length() < 3 || IGNORED.contains(stem)) {
                continue;
            }
            if (t.span().start() >= cue.end()) {
                return stem;
            }
        }
        return "";
    }

    static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() > 5 ? w.substring(0, 5) : w;
    }
}
