package org.credence.evaluation.findings;

import java.util.List;
import java.util.Objects;

/**
 * What a labeller saw of a finding: the article's headline, the claim's sentence with the sentences around it (short,
 * never the whole text), the finding's explanation and evidence, and for cross-article findings the other articles'
 * claims and copies. Empty strings and lists where there is nothing.
 *
 * @param headline    the article's headline
 * @param outlet      the article's outlet
 * @param date        the article's date as the data gave it
 * @param before      the sentence before the claim's
 * @param sentence    the claim's sentence (for a finding about the whole article: empty)
 * @param after       the sentence after the claim's
 * @param lead        for a finding about the whole article: its first sentence after the headline
 * @param explanation the finding's explanation, as the reviewer reads it
 * @param strength    the finding's strength, -1..1
 * @param evidence    the finding's evidence passages, quoted
 * @param related     the claims in other articles that the finding points to
 * @param copies      the other members of the article's near-duplicate group
 */
public record FindingContext(String headline, String outlet, String date, String before, String sentence, String after,
                             String lead, String explanation, double strength, List<EvidenceQuote> evidence,
                             List<OtherClaim> related, List<OtherArticle> copies) {

    public static final FindingContext NONE = new FindingContext("", "", "", "", "", "", "", "", 0, List.of(), List.of(),
            List.of());

    public FindingContext {
        headline = Objects.requireNonNullElse(headline, "");
        outlet = Objects.requireNonNullElse(outlet, "");
        date = Objects.requireNonNullElse(date, "");
        before = Objects.requireNonNullElse(before, "");
        sentence = Objects.requireNonNullElse(sentence, "");
        after = Objects.requireNonNullElse(after, "");
        lead = Objects.requireNonNullElse(lead, "");
        explanation = Objects.requireNonNullElse(explanation, "");
        evidence = List.copyOf(evidence);
        related = List.copyOf(related);
        copies = List.copyOf(copies);
    }

    /** A passage of the finding's evidence: its label ("source", "hedge") and the quoted text. */
    public record EvidenceQuote(String label, String text) {
    }

    /** A claim of another article that the finding points to, with what a labeller needs to judge the link. */
    public record OtherClaim(String article, String claim, String relation, String outlet, String headline,
                             String sentence) {
    }

    /** Another article of the near-duplicate group: its id, outlet, headline and first sentence. */
    public record OtherArticle(String article, String outlet, String headline, String lead) {
    }
}
