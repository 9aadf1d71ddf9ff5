package org.credence.rules.denial;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Cue;

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
            + "categorically|again|also|publicly|previously|has|have|had) )*(?:that\\b|any\\b|all\\b|ever\\b|"
            + "having\\b|\\w+ing\\b|the (?:allegations?|accusations?|claims?|reports?|charges?|story|stories)\\b|"
            + "(?:involvement|wrongdoing|responsibility|knowledge|allegations?|accusations?|claims?|reports?|"
            + "charges?)\\b|[,.;]|$)");

    private Denials() {
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
