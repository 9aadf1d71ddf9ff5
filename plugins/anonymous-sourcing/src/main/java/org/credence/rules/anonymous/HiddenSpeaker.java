package org.credence.rules.anonymous;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Attribution;

/**
 * Whether an unnamed attribution is a hidden speaker standing behind the claim, which is what the rule is about. Not
 * so when the "source" is a document ("the report", "a joint status report": papers the article names or describes,
 * on the record) or when the verb is no verb of saying ("several lawmakers have promised to introduce bills": the
 * lawmakers are what the sentence is about). Both were most of the rule's wrong findings on the tuning set
 * (decision 0039).
 */
final class HiddenSpeaker {

    private static final Set<String> DOCUMENTS = Set.of("report", "reports", "study", "studies", "document",
            "documents", "filing", "filings", "letter", "memo", "memorandum", "analysis", "survey", "poll", "records",
            "record", "indictment", "complaint", "lawsuit", "ruling", "order", "review", "audit", "data", "book",
            "transcript", "statement", "release", "paper", "brief", "motion", "affidavit", "email", "emails");
    private static final Pattern SAYING = Pattern.compile("(?i)^(?:says?|said|saying|told|tells?|according|"
            + "confirm(?:s|ed|ing)?|argu(?:e|es|ed|ing)|report(?:s|ed|ing)?|believ(?:e|es|ed)|suggest(?:s|ed)?|"
            + "warn(?:s|ed)?|not(?:e|es|ed)|add(?:s|ed)?|acknowledg(?:e|es|ed)|explain(?:s|ed)?|estimat(?:e|es|ed)|"
            + "describ(?:e|es|ed)|insist(?:s|ed)?|predict(?:s|ed)?|expect(?:s|ed)?|claim(?:s|ed)?|cit(?:e|es|ed|ing)|"
            + "disclos(?:e|es|ed)|reveal(?:s|ed)?|indicat(?:e|es|ed)|wr(?:ite|ites|ote)|tweet(?:s|ed)?|put|puts|"
            + "contend(?:s|ed)?|maintain(?:s|ed)?|recall(?:s|ed)?|familiar|speaking|briefed|asked)\\b");

    /** Who speaks for a body on the record. */
    private static final Pattern SPOKESPERSON = Pattern.compile("(?i)\\b(?:spokes(?:man|woman|person|people)|"
            + "press (?:secretary|officer|office)|representative)\\b");
    /** A body named beside the role: "for the ministry", "of the agency". */
    private static final Pattern FOR_A_BODY = Pattern.compile("(?i)\\b(?:for|of|at)\\s+\\S");

    private HiddenSpeaker() {
    }

    /**
     * True when the source is a named body's spokesperson ("a Defense Department spokesperson", "a spokesman for the
     * ministry"): the body speaks on the record through them and stands behind the claim; the guideline counts such a
     * finding as partly right at best (decision 0044). A bare "a spokesperson" stays hidden.
     */
    static boolean speaksForANamedBody(AnalyzedArticle article, Attribution a) {
        String phrase = article.text(a.source()).strip();
        if (!SPOKESPERSON.matcher(phrase).find()) {
            return false;
        }
        String[] words = phrase.split("\\s+");
        for (int i = 1; i < words.length; i++) {
            if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))) {
                return true;
            }
        }
        return words.length > 0 && Character.isUpperCase(words[0].charAt(0)) && !words[0].matches("(?i)an?|the")
                || FOR_A_BODY.matcher(phrase).find();
    }

    static boolean isHiddenSpeaker(AnalyzedArticle article, Attribution a) {
        String name = a.sourceName().isBlank() ? article.text(a.source()) : a.sourceName();
        String[] words = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L} ]", " ").strip().split("\\s+");
        if (words.length > 0 && DOCUMENTS.contains(words[words.length - 1])) {
            return false;
        }
        String cue = article.text(a.cue()).strip();
        return cue.isEmpty() || SAYING.matcher(cue).find();
    }
}
