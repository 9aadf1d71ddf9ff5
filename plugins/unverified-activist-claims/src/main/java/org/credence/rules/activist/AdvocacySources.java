package org.credence.rules.activist;

import java.util.regex.Pattern;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Attribution;
import org.credence.api.SourceKind;

/**
 * Sources that campaign for a side, whatever kind the engine gave them: activists, and also advocacy and pressure
 * groups, campaigners, protesters, rebels and opposition groups, and a candidate's or party's campaign ("the National
 * Parks Conservation Association, an advocacy group", "Heritage Action", "the Clinton campaign"). The engine's
 * source kinds know "activist" and "opposition"; issue 15 asks that the rule see the rest of them too. Read from the
 * source's name and its apposition (the words right after it, up to the next full stop or 80 characters).
 */
final class AdvocacySources {

    private static final Pattern ADVOCATE = Pattern.compile("(?i)\\b(?:activists?|advocacy|advocates?|campaigners?|"
            + "campaign group|pressure groups?|lobby(?:ing)? groups?|interest groups?|rights groups?|protesters?|"
            + "demonstrators?|rebels?|insurgents?|opposition|dissidents?)");
    /**
     * A candidate's or party's campaign and its money ("the Clinton campaign", "a campaign spokesman", "super PAC",
     * "Heritage Action"): partisan, but on the tuning sets (decision 0041) what they said was their own campaign's
     * plans and their reading of the news, never a claim of fact the article left unsupported, so the rule leaves
     * them alone.
     */
    private static final Pattern CAMPAIGN = Pattern.compile("(?i)\\b(?:super ?PACs?|PACs?|partisan|"
            + "(?:[A-Z][a-z]+ )?Action\\b|Club for Growth|campaign (?:spokes(?:man|woman|person)|officials?|aides?|"
            + "manager|chair(?:man)?|staff(?:er)?s?)|the \\w+ campaign\\b|\\w+'s campaign\\b)");
    private static final int APPOSITION = 80;
    /** Armed groups claim attacks; they are combatants, not campaigners (tuning set). */
    private static final Pattern COMBATANT = Pattern.compile("(?i)\\b(?:militants?|militant group|terrorists?|"
            + "terror group|jihadists?|islamists?|islamic state|isis|al[- ]qaeda|taliban)\\b");

    private AdvocacySources() {
    }

    /**
     * True when the attribution's source campaigns for a side, as its name or apposition says ("activists", "Lena
     * Orvik, an opposition activist", "the Local Coordination Committees, another activist group"); not a
     * candidate's or party's campaign, and not on the engine's source kind alone (a senator quoted after an
     * activist's words was taken for one on the tuning set).
     */
    static boolean isAdvocate(AnalyzedArticle article, Attribution a) {
        if (a.kind() == SourceKind.OFFICIAL || a.kind() == SourceKind.MILITARY || a.kind() == SourceKind.STATE_MEDIA
                || a.kind() == SourceKind.MEDIA || a.kind() == SourceKind.EXPERT) {
            return false;   // "the opposition leader" in government, a newspaper: the lexicons know better
        }
        String text = article.text();
        int end = Math.min(text.length(), a.source().end() + APPOSITION);
        String after = text.substring(a.source().end(), end);
        int stop = after.indexOf('.');
        String apposition = after.startsWith(",") ? (stop >= 0 ? after.substring(0, stop) : after) : "";
        String name = a.sourceName().isBlank() ? text.substring(a.source().start(), a.source().end()) : a.sourceName();
        String described = name + " " + apposition;
        if (!a.sourceName().isBlank() && !ADVOCATE.matcher(described).find()) {
            described += " " + firstMention(text, a.sourceName());   // "he", resolved to the activist named earlier
        }
        if (COMBATANT.matcher(described).find() || CAMPAIGN.matcher(described).find()) {
            return false;
        }
        return ADVOCATE.matcher(described).find();
    }

    /** The apposition at the name's first mention in the article ("Lena Varga, an opposition activist in ..."). */
    private static String firstMention(String text, String name) {
        int at = text.indexOf(name);
        if (at < 0) {
            return "";
        }
        String after = text.substring(at + name.length(), Math.min(text.length(), at + name.length() + APPOSITION));
        int stop = after.indexOf('.');
        return after.startsWith(",") ? (stop >= 0 ? after.substring(0, stop) : after) : "";
    }
}
