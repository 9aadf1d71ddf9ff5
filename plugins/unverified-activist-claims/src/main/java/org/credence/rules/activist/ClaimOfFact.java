package org.credence.rules.activist;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Attribution;
import org.credence.api.Claim;
import org.credence.api.QuantityKind;

/**
 * Whether an activist's attributed words are a claim of fact that evidence could bear out ("the mine had been sold in
 * secret", "1,300 people were killed"), as opposed to what needs no evidence: an opinion, a feeling, an intention, a
 * demand, a question, or the speaker's own experience ("I came out here to let go of fear", "we're going to keep
 * marching", "he urged voters to reject it"). A claim of fact has a figure or reports an event or state ("had
 * been sold", "were killed") in indirect speech; a direct quotation is taken for the speaker's view. On the tuning set most of the rule's wrong findings were of that kind
 * (decision 0039). Also rejects attributions where the "source" is the object of the verb ("Trump urged the
 * protesters").
 */
final class ClaimOfFact {

    /** Verbs that report a statement of fact; a source after any other verb is its object, not its speaker. */
    private static final Pattern REPORTING = Pattern.compile("(?i)^(?:says?|said|saying|told|tells?|according|"
            + "claim(?:s|ed|ing)?|report(?:s|ed|ing)?|alleg(?:e|es|ed|ing)|accus(?:e|es|ed|ing)|stat(?:e|es|ed)|"
            + "announc(?:e|es|ed)|add(?:s|ed)?|not(?:e|es|ed)|wr(?:ite|ites|ote)|tweet(?:s|ed)?|post(?:s|ed)?|"
            + "cit(?:e|es|ed)|estimat(?:e|es|ed)|count(?:s|ed)?|document(?:s|ed)?|insist(?:s|ed)?|maintain(?:s|ed)?|"
            + "confirm(?:s|ed)?|put|puts|show(?:s|ed)?)\\b");
    private static final Set<String> FIRST_PERSON = Set.of("i", "i'm", "i've", "i'd", "i'll", "we", "we're", "we've",
            "we'd", "we'll", "my", "our", "me", "us");
    private static final Set<String> NOT_FACT = Set.of("will", "would", "'ll", "should", "must", "shall", "going",
            "want", "wants", "hope", "hopes", "hoped", "wish", "think", "thinks", "thought", "believe", "believes",
            "feel", "feels", "felt", "fear", "fears", "feared", "worry", "worried", "worries", "seem", "seems",
            "expect", "expects", "urge", "urged", "urges", "need", "needs", "deserve", "deserves", "wonder",
            "appreciate", "appreciates", "love", "hate", "sad", "terrible", "great", "beautiful", "unacceptable",
            "wrong", "unfair", "untenable", "disappointed", "surprised", "proud", "happy");
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    /** A reported event or state: "had been sold", "were killed", "has closed". */
    private static final Pattern REPORTED_EVENT = Pattern.compile("(?i)\\b(?:had|has|have|was|were)\\b");
    private static final Pattern QUOTATION = Pattern.compile("[\"“”]");

    /** Units of time: "40 years ago" dates a claim, it counts nothing an activist could have witnessed. */
    private static final Set<String> TIME_UNITS = Set.of("second", "seconds", "minute", "minutes", "hour", "hours",
            "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "century",
            "centuries");

    private ClaimOfFact() {
    }

    /** True when the claim counts things or people ("55 deaths", "two tanks"), not money, shares or time. */
    static boolean countsSomething(Claim claim) {
        return claim.quantities().stream().anyMatch(q -> q.kind() == QuantityKind.COUNT && q.high() >= 2
                && !q.noun().isBlank() && !TIME_UNITS.contains(q.noun().toLowerCase(Locale.ROOT)));
    }

    static boolean isClaimOfFact(AnalyzedArticle article, Claim claim, Attribution source) {
        String text = article.text();
        String cue = text.substring(source.cue().start(), source.cue().end()).strip();
        if (!REPORTING.matcher(cue).find()) {
            return false;   // "urged", "called for", "fears": a demand or a feeling, or the source is the verb's object
        }
        // the attributed words and the rest of the claim's sentence: a quotation may stand before "said"
        String said = text.substring(claim.span().start(), claim.span().end());
        String trimmed = said.strip();
        if (trimmed.endsWith("?") || trimmed.endsWith("!") || QUOTATION.matcher(said).find()) {
            return false;   // a quotation is the speaker's own words: on the tuning pool, opinion or rhetoric
        }
        if (claim.quantities().isEmpty() && !REPORTED_EVENT.matcher(said).find()) {
            return false;   // neither a figure nor a reported event ("had been sold"): a view or an aim
        }
        var words = WORD.matcher(said.toLowerCase(Locale.ROOT));
        while (words.find()) {
            String w = words.group();
            if (FIRST_PERSON.contains(w) || NOT_FACT.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
