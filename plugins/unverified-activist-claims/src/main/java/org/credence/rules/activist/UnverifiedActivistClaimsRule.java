package org.credence.rules.activist;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Attribution;
import org.credence.api.Claim;
import org.credence.api.CredibilityRule;
import org.credence.api.Cue;
import org.credence.api.CueType;
import org.credence.api.Evidence;
import org.credence.api.Finding;
import org.credence.api.Quantity;
import org.credence.api.RuleContext;
import org.credence.api.RuleExample;
import org.credence.api.RuleInfo;
import org.credence.api.Sentence;
import org.credence.api.SourceKind;
import org.pf4j.Extension;

/**
 * Claims of fact whose source is an activist, opposition figure, advocacy group or partisan campaigner
 * ({@link AdvocacySources}), flagged more strongly where the article itself says the claim is unproven ("failed to provide any such proof", "could not be independently verified"). A monitoring group
 * is flagged only when such a statement accompanies its claim: monitors publish methods, activists often do not.
 * Without such a statement, only a claim of fact that counts something ("55 deaths", "two tanks") is flagged, not
 * an opinion, feeling, intention or demand, nor an account of events without a count ({@link ClaimOfFact}): on the
 * tuning sets an advocate's account without a figure was most often a view of the news (decision 0041). A candidate's
 * or party's campaign is not an activist source ({@link AdvocacySources}).
 *
 * <p>Credibility signal: source type and evidence ("evidence", W3C Credibility Signals).
 */
@Extension
public final class UnverifiedActivistClaimsRule implements CredibilityRule {

    static final String ID = "unverified-activist-claims";
    private static final RuleInfo INFO = new RuleInfo(ID, "Unverified activist claims",
            "Claims from activists, opposition figures or partisan monitors, more so where the article says they are "
                    + "unproven.", 0.7, "evidence", List.of(
                    RuleExample.firesOn("Opposition activists said 300 people were killed in the shelling. They did "
                            + "not provide any evidence."),
                    RuleExample.silentOn("The health ministry said 300 people were killed in the shelling.")));
    /** How many sentences after the claim may still comment on its proof ("He offered no evidence."). */
    static final int NEARBY = 2;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        AnalyzedArticle article = context.article();
        List<Finding> out = new ArrayList<>();
        for (Claim claim : article.claims()) {
            Optional<Attribution> source = claim.attributions().stream()
                    .filter(a -> AdvocacySources.isAdvocate(article, a)).findFirst()
                    .or(() -> claim.attributions().stream().filter(a -> a.kind() == SourceKind.NGO_MONITOR).findFirst());
            if (source.isEmpty()) {
                continue;
            }
            Optional<Cue> unproven = unprovenNear(article, claim);
            boolean activist = AdvocacySources.isAdvocate(article, source.get());
            if (!activist && unproven.isEmpty()) {
                continue;
            }
            if (unproven.isEmpty() && (!ClaimOfFact.isClaimOfFact(article, claim, source.get())
                    || !ClaimOfFact.countsSomething(claim))) {
                continue;   // an opinion, feeling, intention or demand needs no evidence; nor, here, a claim without a count
            }
            out.add(finding(article, claim, source.get(), activist, unproven));
        }
        return Finding.strongest(out, MAX_FINDINGS);   // the unproven and the activists' first, in a long article
    }

    private static Optional<Cue> unprovenNear(AnalyzedArticle article, Claim claim) {
        List<Sentence> sentences = article.sentences();
        List<Sentence> near = sentences.subList(Math.min(claim.sentenceIndex(), sentences.size()),
                Math.min(claim.sentenceIndex() + NEARBY + 1, sentences.size()));
        for (Cue c : article.cues()) {
            if (c.type() != CueType.NO_EVIDENCE && c.type() != CueType.UNVERIFIED) {
                continue;
            }
            // the claim's sentence and the NEARBY after it, not a search of every sentence for every cue
            if (near.stream().anyMatch(s -> s.span().contains(c.span().start()))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static Finding finding(AnalyzedArticle article, Claim claim, Attribution source, boolean activist,
                                   Optional<Cue> unproven) {
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(new Evidence(source.source(), "source"));
        String what = claim.quantities().stream().findFirst().map(q -> "The figure " + figure(article, q))
                .orElse("This claim");
        String name = source.sourceName().strip();
        if (name.startsWith("The ")) {
            name = "the " + name.substring(4);
        } else if (!name.isEmpty() && Character.isLowerCase(name.charAt(0)) && !name.startsWith("the ")) {
            name = "the " + name;   // "opposition said": the opposition
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean saysWhat = lower.contains("activist") || lower.contains("opposition") || lower.contains("monitor")
                || lower.contains("observatory");
        String who = name + (saysWhat ? "" : activist ? ", an activist or opposition source," : ", a monitoring group,");
        StringBuilder text = new StringBuilder(what).append(" comes from ").append(who);
        double strength;
        if (unproven.isPresent()) {
            evidence.add(new Evidence(unproven.get().span(), "unproven"));
            text.append(" and the article notes: \"").append(article.text(unproven.get().span())).append("\".");
            strength = activist ? -0.8 : -0.5;
        } else {
            text.append(" and the article gives no independent evidence for it.");
            strength = -0.35;
        }
        return new Finding(ID, claim.id(), strength, text.toString(),
                evidence, List.of());
    }

    private static String figure(AnalyzedArticle article, Quantity q) {
        String written = article.text(q.numberSpan());
        return q.noun().isEmpty() ? written : written + " " + q.noun();
    }
}
