package org.credence.app.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.credence.app.workbench.model.FindingKey;
import org.credence.app.workbench.model.Verdict;
import org.credence.app.workbench.model.Workspace;

/**
 * One judged finding: agreed with (a correct finding) or rejected (an incorrect one).
 *
 * @param rule    the rule that made the finding
 * @param article the article it is in
 * @param claim   the claim it is about, "" for the whole article
 * @param agreed  true when the reviewer agreed, false when they rejected it
 * @param reason  the reviewer's note on the claim, on one line; without a note, what the reviewer did (the
 *                labelled-findings format needs a reason for every label)
 */
public record LabelledVerdict(String rule, String article, String claim, boolean agreed, String reason) {

    public LabelledVerdict {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(article, "article");
        claim = Objects.requireNonNullElse(claim, "");
        reason = Objects.requireNonNullElse(reason, "").replaceAll("\\s+", " ").strip();
    }

    /** The label in the labelled-findings format: "correct" or "incorrect". */
    public String label() {
        return agreed ? "correct" : "incorrect";
    }

    /** The verdicts of a workspace that judge something (findings merely seen are left out). */
    public static List<LabelledVerdict> of(Workspace ws) {
        List<LabelledVerdict> out = new ArrayList<>();
        for (Map.Entry<String, Verdict> e : new java.util.TreeMap<>(ws.verdicts()).entrySet()) {
            if (e.getValue() == Verdict.NONE) {
                continue;
            }
            String claim = FindingKey.claimOf(e.getKey());
            var review = ws.reviews().get(claim);
            boolean agreed = e.getValue() == Verdict.ACCEPTED;
            String note = review == null ? "" : review.note();
            out.add(new LabelledVerdict(FindingKey.ruleOf(e.getKey()), FindingKey.articleOf(e.getKey()), claim,
                    agreed, !note.isBlank() ? note : agreed ? "The reviewer agreed with the finding in the workbench."
                            : "The reviewer rejected the finding in the workbench."));
        }
        return out;
    }
}
