package org.credence.rules.singlesource;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Attribution;
import org.credence.api.Claim;
import org.credence.api.Quantity;
import org.credence.api.QuantityKind;
import org.credence.api.SourceKind;
import org.credence.api.Words;

/**
 * What the words around a figure say about it, for the errors the labelled tuning sets showed (decision 0041): a
 * sum that is a rule's threshold or rate, not a fact about the world ("for every $1,000 of income", "incomes above
 * $400,000", "gifts of $1,000 or more", "companies with more than $1 billion in sales"); a figure inside someone's quoted words (a tweet, a speech: the quotation is its source); a source named
 * in the sentence before or after; and a "confirming" or "conflicting" figure that counts something else than this
 * one (the link was made for another figure of the same sentence).
 */
final class FigureContext {

    /** Words right before a sum that make it a bracket, rate or limit. */
    private static final Pattern THRESHOLD = Pattern.compile("(?i)(?:for every|per|each|up to|above|below|beneath|"
            + "(?:maximum|minimum|limit|cap|ceiling)(?: [\\w-]+){0,2} (?:of|is|was|at)|"
            + "exceeding|earning|making|incomes? (?:of|above|below|over|under)|threshold of|limit of|cap of|"
            + "ceiling of|level of|minimum of|maximum of|(?:with|having) (?:more|less|fewer) than)\\s*$");
    /** Words right after a sum that make it a bracket: "$1,000 or more", "$50 and up". */
    private static final Pattern BRACKET_AFTER = Pattern.compile("(?i)^\\s*(?:or (?:more|less|fewer|above|below|"
            + "higher|lower|over|under)|and (?:up|above|over|under|below))\\b");
    /**
     * Records and data named as the figure's source: "according to Missouri court records", "as shown on FEC forms",
     * "census data show". A figure read from public records is as checkable as a figure can be; the rule is about
     * figures resting on someone's word (decision 0044).
     */
    private static final Pattern DOCUMENTARY = Pattern.compile("(?i)(?:\\b(?:according to|citing|based on|drawn from|"
            + "(?:as )?(?:shown|recorded|listed|filed|disclosed|published) (?:on|in))\\s+(?:the\\s+|an?\\s+)?"
            + "(?:[\\w.'\u2019-]+\\s+){0,4}(?:records?|data|filings?|forms|statistics|documents?|census|returns|budget|"
            + "audit|accounts|database|tallies|tally)\\b|\\b(?:records?|data|filings?|forms|statistics|documents?|"
            + "returns|figures|estimates|polls?|surveys?|studies|tallies)\\s+(?:show|shows|showed|indicate|indicates|"
            + "indicated|reveal|reveals|revealed|put|puts)\\b)");
    /** A condition or a possibility before the figure in its clause: "if he had put $10,000", "could save 6 million". */
    private static final Pattern HYPOTHETICAL = Pattern.compile("(?i)(?:\\b(?:if|unless|suppose|supposing|imagine|"
            + "whether)\\b[^;]*|\\b(?:could|might)\\b[^,;]*)$");
    /** How many characters before the figure are read for a threshold word. */
    private static final int BEFORE = 30;

    private FigureContext() {
    }

    static boolean isThresholdOrRate(AnalyzedArticle article, Quantity figure) {
        if (figure.kind() != QuantityKind.MONEY) {
            return false;
        }
        int start = figure.span().start();
        String text = article.text();
        String before = text.substring(Math.max(0, start - BEFORE), start);
        String after = text.substring(figure.span().end(), Math.min(text.length(), figure.span().end() + BEFORE));
        return THRESHOLD.matcher(before).find() || BRACKET_AFTER.matcher(after).find();
    }

    /** True when records or data named in the figure's sentence stand behind it. */
    static boolean fromRecords(AnalyzedArticle article, Claim claim) {
        return DOCUMENTARY.matcher(article.text(claim.span())).find();
    }

    /** True when the figure is an amount in a condition or a supposition, not a fact stated as one. */
    static boolean hypothetical(AnalyzedArticle article, Quantity figure) {
        return article.sentenceAt(figure.span().start())
                .map(s -> HYPOTHETICAL.matcher(article.text().substring(s.span().start(), figure.span().start())).find())
                .orElse(false);
    }

    /** True when the figure's noun is capitalised inside the sentence: part of a name ("50 Park Investments"). */
    static boolean partOfAName(AnalyzedArticle article, Quantity figure) {
        String noun = figure.noun();
        return !noun.isEmpty() && Character.isUpperCase(noun.charAt(0)) && !figure.nounSpan().isEmpty()
                && article.sentenceAt(figure.span().start())
                .map(s -> !s.headline() && s.span().start() != figure.nounSpan().start()).orElse(false);
    }

    /** The indices of the sentences that attribute something to a source, read once per article. */
    static Set<Integer> sourcedSentences(AnalyzedArticle article) {
        Set<Integer> out = new HashSet<>();
        for (Attribution a : article.attributions()) {
            if (a.kind() != SourceKind.NONE && !a.sourceName().isBlank()) {
                article.sentenceAt(a.cue().start()).ifPresent(s -> out.add(s.index()));
            }
        }
        return out;
    }

    /** True when the sentence before or after the claim's attributes something to a source. */
    static boolean neighbourHasSource(Set<Integer> sourcedSentences, Claim claim) {
        int here = claim.sentenceIndex();
        return sourcedSentences.contains(here - 1) || sourcedSentences.contains(here + 1);
    }

    /**
     * True when a link between this claim and another is about this figure: a confirming figure must give the same
     * value (within 5%); a conflicting one must not be about another figure of this claim (a claim with "31
     * governors" and "50 Democrats" linked through the Democrats conflicts with nothing about the governors). What
     * counts as the same subject ("personnel", "fighters", "applicants") is the engine's judgement, left as it is.
     */
    static boolean aboutThisFigure(Claim claim, Quantity figure, Quantity other, boolean confirming) {
        if (confirming) {
            double scale = Math.max(Math.abs(figure.value()), Math.abs(other.value()));
            return scale > 0 && Math.abs(figure.value() - other.value()) <= 0.05 * scale;
        }
        String otherNoun = stem(other.noun());
        if (otherNoun.isEmpty() || otherNoun.equals(stem(figure.noun()))) {
            return true;
        }
        return claim.quantities().stream().filter(q -> q != figure).noneMatch(q -> otherNoun.equals(stem(q.noun())));
    }

    private static String stem(String noun) {
        return noun.isBlank() ? "" : Words.stem(Words.singular(noun.toLowerCase(Locale.ROOT)));
    }
}
