package org.credence.rules.denial;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Attribution;
import org.credence.api.Cue;
import org.credence.api.Sentence;
import org.credence.api.Span;

/**
 * Whether a denial cue denies a statement, which is what can contest a claim. On the tuning sets (decision 0041) most
 * "denials" were something else: "denying" and "denied Kyiv the lethal aid" (withholding), "fake news" and "false
 * claims" (rhetoric or a fact-checker's verdict on other words), "later proved untrue", "absolutely not true that
 * ..." about a neighbouring point. What is kept is a denial verb whose object is a statement or an accusation:
 * "denied that ...", "denied any involvement", "denies wrongdoing", "denied having ...", "rejected the claims",
 * "refuted the report".
 */
final class Denials {

    /** Cue phrases that are a statement's denial by their own words ("rejected the claims", "dismissed the report"). */
    private static final Pattern DENIES_BY_ITSELF = Pattern.compile("(?:categorically )?(?:rejected|dismissed) the "
            + "(?:claims?|reports?|allegations?)");
    /** Finite denial verbs; the gerund "denying" is most often withholding ("denying them a hearing"). */
    private static final Set<String> VERBS = Set.of("denied", "denies", "refuted", "refutes");
    /** What follows a denial verb when it denies a statement or an accusation. */
    private static final Pattern STATEMENT = Pattern.compile("(?i)^\\W*(?:(?:strongly|flatly|vehemently|repeatedly|"
            + "categorically|again|also|publicly|previously|has|have|had) )*(?:that\\b(?! (?:request|motion|appeal|"
            + "petition|application|bid|offer|permit|permission|plea)s?\\b)|any\\b|all\\b|ever\\b|"
            + "having\\b|\\w+ing\\b|the (?:allegations?|accusations?|claims?|reports?|charges?|story|stories)\\b|"
            + "(?:involvement|wrongdoing|responsibility|knowledge|allegations?|accusations?|claims?|reports?|"
            + "charges?)\\b|[,.;]|$)");

    /**
     * Where the statement a denial denies ends: at a semicolon, a colon, a dash, or a comma or "and" that opens the
     * next clause ("denies wrongdoing and has dismissed the inquiry", "denied that he knew, saying ...").
     */
    private static final Pattern CLAUSE_END = Pattern.compile("[;:\u2014\u2013]|\\s--\\s|,? (?:but|while|though|"
            + "although|whereas)\\b|, (?:saying|adding|arguing|insisting|noting|tweeting|writing|calling|which|who)\\b|"
            + " and (?:has|have|had|is|was|were|said|says|called|calls|dismissed|dismisses|accused|accuses|insisted|"
            + "insists|described|describes|derided|derides)\\b");
    /** Words of a source's name that say nothing about who it is. */
    private static final Set<String> NOT_A_NAME = Set.of("the", "a", "an", "mr", "mrs", "ms", "dr", "his", "her",
            "their", "its", "he", "she", "they", "it");

    private Denials() {
    }

    /** The end of what a denial denies: the end of its clause, within its sentence. */
    static int deniedUntil(AnalyzedArticle article, Cue cue, Span sentence) {
        String rest = article.text().substring(cue.span().end(), sentence.end());
        Matcher m = CLAUSE_END.matcher(rest);
        return m.find() ? cue.span().end() + m.start() : sentence.end();
    }

    /**
     * The capitalised words of the names of whoever makes the denial: the named sources of the attributions in its
     * sentence whose cue comes no later than the denial's ("the Observatory's director denied ...").
     */
    static Set<String> denierNames(AnalyzedArticle article, Cue cue, Sentence sentence) {
        Set<String> out = new HashSet<>();
        for (Attribution a : article.attributionsIn(sentence.index())) {
            if (a.cue().start() <= cue.span().start()) {
                out.addAll(nameWords(a.sourceName()));
            }
        }
        return out;
    }

    /** The words of a source's name that can tell it apart: capitalised, no article or title, no possessive. */
    static Set<String> nameWords(String name) {
        Set<String> out = new HashSet<>();
        for (String w : name.split("[\\s,]+")) {
            String word = w.replaceAll("(?:['\u2019]s?|\\.)$", "");
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))
                    && !NOT_A_NAME.contains(word.toLowerCase(Locale.ROOT))) {
                out.add(word);
            }
        }
        return out;
    }

    static boolean deniesAStatement(AnalyzedArticle article, Cue cue) {
        String phrase = cue.phrase().toLowerCase(Locale.ROOT).strip();
        if (DENIES_BY_ITSELF.matcher(phrase).matches()) {
            return true;
        }
        if (!VERBS.contains(phrase)) {
            return false;
        }
        String text = article.text();
        String rest = text.substring(cue.span().end(), Math.min(text.length(), cue.span().end() + 60));
        Matcher m = STATEMENT.matcher(rest);
        return m.find();
    }
}
