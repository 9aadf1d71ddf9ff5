package org.credence.evaluation.findings;

import java.util.Objects;
import java.util.Optional;

/**
 * One line of a findings file: a finding Credence made, and once someone has judged it, the label, the reason in one
 * line and who labelled it. Drawn but not yet labelled, the label is empty.
 *
 * @param article  the article's id
 * @param claim    the claim's id; empty for a finding about the whole article
 * @param rule     the rule's id
 * @param label    the verdict, or null while not labelled
 * @param reason   why, in one line
 * @param labeller who labelled it
 * @param context  what the labeller saw ({@link FindingContext#NONE} when the line does not say)
 * @param origin   the draw it came from, or null when the line does not say
 */
public record FindingRecord(String article, String claim, String rule, Label label, String reason, String labeller,
                            FindingContext context, DrawOrigin origin) {

    public FindingRecord {
        Objects.requireNonNull(article, "article");
        claim = Objects.requireNonNullElse(claim, "");
        Objects.requireNonNull(rule, "rule");
        reason = Objects.requireNonNullElse(reason, "");
        labeller = Objects.requireNonNullElse(labeller, "");
        context = Objects.requireNonNullElse(context, FindingContext.NONE);
    }

    public Optional<Label> verdict() {
        return Optional.ofNullable(label);
    }

    public Optional<DrawOrigin> drawOrigin() {
        return Optional.ofNullable(origin);
    }

    /** Two lines with the same key are the same finding: article, claim, rule and explanation. */
    public String key() {
        return article + "\u0000" + claim + "\u0000" + rule + "\u0000" + context.explanation();
    }

    /** @return this finding labelled */
    public FindingRecord labelled(Label verdict, String why, String by) {
        return new FindingRecord(article, claim, rule, verdict, why, by, context, origin);
    }
}
