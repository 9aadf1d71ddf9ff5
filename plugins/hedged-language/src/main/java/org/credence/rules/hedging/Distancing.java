package org.credence.rules.hedging;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Attribution;
import org.credence.api.Cue;
import org.credence.api.SourceKind;

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
 *   <li>a weasel phrase ("experts say") whose next sentence names a source of its kind ("..., said Jo Park, a
 *       lawyer at ..."), that is part of a named source ("Trump and other critics said"), or that is the topic ("multiple
 *       reports of shots fired");</li>
 *   <li>a hedge on a noun ("a rumoured contender") or in a concessive or participle clause (", although some
 *       observers say", ", reportedly numbering in the thousands").</li>
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
    /**
     * A side clause open right before the cue: a relative clause set off by a comma (", which reportedly ..."), a
     * concessive or contrasting one (", although some observers say ..."), or a participle phrase the cue opens
     * (", reportedly numbering in the thousands").
     */
    private static final Pattern SIDE_CLAUSE = Pattern.compile(",\\s*(?:(?:which|who|whom|whose|where|although|"
            + "though|while|whereas)\\b[^,;:()]*)?$");
    /** A participle right after the cue, which with a comma before the cue makes a participle phrase. */
    private static final Pattern PARTICIPLE_AFTER = Pattern.compile("^\\s+\\w+ing\\b");
    /** A determiner right before the cue: "a rumoured contender" hedges a noun, not what the sentence asserts. */
    private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?i)\\b(?:a|an|the|his|her|their|its)\\s+$");
    private static final Pattern EXPERTS = Pattern.compile("\\b(?:experts?|analysts?|scientists?|economists?|"
            + "researchers?|scholars?|specialists?|academics?|observers?)\\b");
    private static final Pattern OFFICIALS = Pattern.compile("\\b(?:officials?|authorities|government|administration)\\b");
    private static final Pattern MEDIA = Pattern.compile("\\b(?:media|press|newspapers?|outlets?|reporters?)\\b");
    private static final Pattern CAMPAIGNERS = Pattern.compile("\\b(?:critics?|opponents?|activists?|advocates?|"
            + "campaigners?|groups?)\\b");
    /** "Reports of shots fired": the weasel noun is what the sentence is about, not who says it. */
    private static final Pattern TOPIC_OF = Pattern.compile("^\\s+(?:of|about)\\b");

    private Distancing() {
    }

    static boolean hidesTheSource(AnalyzedArticle article, Cue cue) {
        String phrase = cue.phrase().toLowerCase(Locale.ROOT).strip();
        boolean kept = switch (cue.type()) {
            case HEDGE -> DISTANCING_HEDGE.matcher(phrase).matches() && !inSideClause(article, cue)
                    && !DETERMINER_BEFORE.matcher(before(article, cue, 12)).find();
            case WEASEL -> !TOPIC_NOUN.matcher(phrase).matches() && !inSideClause(article, cue)
                    && !TOPIC_OF.matcher(after(article, cue, 8)).find() && !partOfANamedSource(article, cue)
                    && !nextSentenceNamesASource(article, cue);
            default -> false;
        };
        return kept && !article.insideQuotation(cue.span().start());
    }

    /** True when the cue stands in a side clause: a relative, concessive or participle clause set off by a comma. */
    static boolean inSideClause(AnalyzedArticle article, Cue cue) {
        return article.sentenceAt(cue.span().start()).map(s -> {
            String before = article.text().substring(s.span().start(), cue.span().start());
            Matcher m = SIDE_CLAUSE.matcher(before);
            if (!m.find()) {
                return false;
            }
            boolean bareComma = m.group().strip().equals(",");
            return !bareComma || PARTICIPLE_AFTER.matcher(after(article, cue, 20)).find();
        }).orElse(false);
    }

    /** True when the weasel phrase is part of a source that names someone: "Trump and other critics said". */
    static boolean partOfANamedSource(AnalyzedArticle article, Cue cue) {
        for (Attribution a : article.attributions()) {
            if (a.source().contains(cue.span()) && a.kind().isIdentified()) {
                return true;
            }
        }
        return false;
    }

    private static String before(AnalyzedArticle article, Cue cue, int chars) {
        int start = cue.span().start();
        return article.text().substring(Math.max(0, start - chars), start);
    }

    private static String after(AnalyzedArticle article, Cue cue, int chars) {
        int end = cue.span().end();
        return article.text().substring(end, Math.min(article.text().length(), end + chars));
    }

    /**
     * True when the sentence after the cue's names a source of the kind the weasel phrase stands for: "experts say"
     * and then "..., said Jo Park, a lawyer" (an expert), "officials said" and then a named minister. A named source
     * of another kind (the minister after "media reports claimed") does not name the reports.
     */
    static boolean nextSentenceNamesASource(AnalyzedArticle article, Cue cue) {
        Set<SourceKind> kinds = kindsNamedBy(cue.phrase().toLowerCase(Locale.ROOT));
        int next = article.sentenceAt(cue.span().start()).map(s -> s.index() + 1).orElse(-1);
        if (kinds.isEmpty() || next <= 0) {
            return false;
        }
        return article.attributionsIn(next).stream().anyMatch(a -> kinds.contains(a.kind()) && !a.sourceName().isBlank());
    }

    /** The kinds of named source a weasel phrase's noun stands for; none for "some say", "many believe". */
    private static Set<SourceKind> kindsNamedBy(String phrase) {
        if (EXPERTS.matcher(phrase).find()) {
            return EnumSet.of(SourceKind.EXPERT);
        }
        if (OFFICIALS.matcher(phrase).find()) {
            return EnumSet.of(SourceKind.OFFICIAL, SourceKind.MILITARY);
        }
        if (MEDIA.matcher(phrase).find()) {
            return EnumSet.of(SourceKind.MEDIA, SourceKind.STATE_MEDIA);
        }
        if (CAMPAIGNERS.matcher(phrase).find()) {
            return EnumSet.of(SourceKind.ACTIVIST, SourceKind.NGO_MONITOR);
        }
        return EnumSet.noneOf(SourceKind.class);
    }

    /**
     * True when the sentence before or after this one attributes something to a named source: then the finding does
     * not say that no named source stands behind the claim ("..., Politico reported." next door; decision 0044).
     */
    static boolean namedSourceNextDoor(AnalyzedArticle article, int sentence) {
        return namesASource(article, sentence - 1) || namesASource(article, sentence + 1);
    }

    private static boolean namesASource(AnalyzedArticle article, int index) {
        return article.attributionsIn(index).stream().anyMatch(a -> a.kind().isIdentified() && !a.sourceName().isBlank());
    }
}
