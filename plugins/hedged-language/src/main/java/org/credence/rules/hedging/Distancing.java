package org.credence.rules.hedging;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Cue;
import org.credence.api.Sentence;

/**
 * Whether a hedge or weasel cue makes a claim rest on a source the reader cannot see, which is what the rule is
 * about. On the tuning sets (decisions 0039, 0041) most wrong findings were cues of another kind: the writer's own
 * inference ("apparently", "seems to", "possibly", "might have": an opinion, not a hidden source), the adjective
 * "alleged" (the proper wording for a charge under inquiry: "the alleged conversation"), a bare "rumours" that is
 * the topic of the sentence, and hedges inside someone's quoted words, which the article reports rather than leans
 * on. What is left are the distancing hedges ("reportedly", "allegedly", "is said to", "is believed to") and the
 * weasel phrases ("some say", "according to reports").
 */
final class Distancing {

    /** Hedges that point to a report or belief behind the claim without naming whose. */
    private static final Pattern DISTANCING_HEDGE = Pattern.compile("(?:reportedly|allegedly|purportedly|supposedly|"
            + "rumou?red|(?:it )?(?:is|are|was|were) (?:believed|thought|said|understood|alleged|reported|rumou?red)"
            + "(?: to)?|it is (?:thought|understood|alleged|rumou?red))");
    /** Weasel nouns that are usually what the sentence is about, not who says it ("The rumors touched ..."). */
    private static final Pattern TOPIC_NOUN = Pattern.compile("rumou?rs");

    private Distancing() {
    }

    static boolean hidesTheSource(AnalyzedArticle article, Cue cue) {
        String phrase = cue.phrase().toLowerCase(Locale.ROOT).strip();
        boolean kept = switch (cue.type()) {
            case HEDGE -> DISTANCING_HEDGE.matcher(phrase).matches();
            case WEASEL -> !TOPIC_NOUN.matcher(phrase).matches();
            default -> false;
        };
        return kept && !insideQuotation(article, cue);
    }

    /** True when the cue stands inside quotation marks opened earlier in its sentence (or paragraph's sentence). */
    static boolean insideQuotation(AnalyzedArticle article, Cue cue) {
        Optional<Sentence> sentence = article.sentenceAt(cue.span().start());
        if (sentence.isEmpty()) {
            return false;
        }
        String before = article.text().substring(sentence.get().span().start(), cue.span().start());
        int straight = 0;
        int open = 0;
        for (char c : before.toCharArray()) {
            switch (c) {
                case '"' -> straight++;
                case '“' -> open++;
                case '”' -> open = Math.max(0, open - 1);
                default -> { }
            }
        }
        return straight % 2 == 1 || open > 0;
    }
}
