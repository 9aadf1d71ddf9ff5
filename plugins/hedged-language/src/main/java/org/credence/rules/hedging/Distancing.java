package org.credence.rules.hedging;

import java.util.Locale;
import java.util.regex.Pattern;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Attribution;
import org.credence.api.Cue;
import org.credence.api.Span;

/**
 * Whether a hedge or weasel cue makes a claim rest on a source the reader cannot see, which is what the rule is
 * about. On the labelled sets (decisions 0039, 0041, 0044) most wrong findings were cues of another kind:
 * <ul>
 *   <li>the writer's own inference or doubt ("apparently", "seems to", "possibly", a sarcastic "supposedly"): an
 *       opinion, not a hidden source;</li>
 *   <li>"alleged" and "allegedly", the wording a careful report gives a charge, a lawsuit or an accusation that is
 *       not proven ("sued the agents who allegedly profiled day labourers"): the accuser is the source, and the
 *       word marks that the writer does not adopt the charge;</li>
 *   <li>a bare "rumours" that is the topic of the sentence;</li>
 *   <li>hedges inside someone's quoted words, which the article reports rather than leans on;</li>
 *   <li>a hedge in a side clause set off by a comma ("the raid, which reportedly took place in the summer, ..."),
 *       which qualifies a detail, not what the sentence asserts;</li>
 *   <li>a weasel phrase ("experts say") whose next sentence names the source ("..., said Jo Park, a lawyer at
 *       ...").</li>
 * </ul>
 * What is left are the distancing hedges ("reportedly", "purportedly", "is said to", "is believed to") and the
 * weasel phrases ("some say", "according to reports") that stand for the source of what the sentence asserts.
 */
final class Distancing {

    /** Hedges that point to a report or belief behind the claim without naming whose. */
    private static final Pattern DISTANCING_HEDGE = Pattern.compile("(?:reportedly|purportedly|rumou?red|"
            + "(?:it )?(?:is|are|was|were) (?:believed|thought|said|understood|reported|rumou?red)(?: to)?|"
            + "it is (?:thought|understood|rumou?red))");
    /** Weasel nouns that are usually what the sentence is about, not who says it ("The rumors touched ..."). */
    private static final Pattern TOPIC_NOUN = Pattern.compile("rumou?rs");
    /** A non-restrictive relative clause open right before the cue: ", which reportedly ...". */
    private static final Pattern SIDE_CLAUSE = Pattern.compile(",\\s*(?:which|who|whom|whose|where)\\b[^,;:()]*$");

    private Distancing() {
    }

    static boolean hidesTheSource(AnalyzedArticle article, Cue cue) {
        String phrase = cue.phrase().toLowerCase(Locale.ROOT).strip();
        boolean kept = switch (cue.type()) {
            case HEDGE -> DISTANCING_HEDGE.matcher(phrase).matches() && !inSideClause(article, cue);
            case WEASEL -> !TOPIC_NOUN.matcher(phrase).matches() && !nextSentenceNamesASource(article, cue);
            default -> false;
        };
        return kept && !article.insideQuotation(cue.span().start());
    }

    /** True when the cue stands in a relative clause set off by a comma earlier in its sentence. */
    static boolean inSideClause(AnalyzedArticle article, Cue cue) {
        return article.sentenceAt(cue.span().start())
                .map(s -> SIDE_CLAUSE.matcher(article.text().substring(s.span().start(), cue.span().start())).find())
                .orElse(false);
    }

    /** True when the sentence after the cue's attributes something to a named source of a known kind. */
    static boolean nextSentenceNamesASource(AnalyzedArticle article, Cue cue) {
        int next = article.sentenceAt(cue.span().start()).map(s -> s.index() + 1).orElse(-1);
        if (next <= 0 || next >= article.sentences().size()) {
            return false;
        }
        Span sentence = article.sentences().get(next).span();
        for (Attribution a : article.attributions()) {
            if (sentence.contains(a.cue().start()) && a.kind().isIdentified() && !a.sourceName().isBlank()) {
                return true;
            }
        }
        return false;
    }
}
