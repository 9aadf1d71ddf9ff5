package org.credence.rules.hedging;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Claim;
import org.credence.api.CredibilityRule;
import org.credence.api.Cue;
import org.credence.api.CueType;
import org.credence.api.Evidence;
import org.credence.api.Finding;
import org.credence.api.RuleContext;
import org.credence.api.RuleExample;
import org.credence.api.RuleInfo;
import org.pf4j.Extension;

/**
 * Claims that rest on hedges ("reportedly", "purportedly") or weasel phrases ("multiple media reports claimed",
 * "some say"). A weasel phrase weighs more than a hedge, and most when it is the claim's only source. Only wording
 * that distances the writer from a source or hides it counts ({@link Distancing}): not the writer's own inference
 * or doubt ("seems", "possibly", "supposedly"), not "alleged" or "allegedly" (the wording of an unproven charge), not
 * a hedge inside someone's quoted words or in a side clause, and not a weasel phrase whose source the next sentence
 * names.
 *
 * <p>Credibility signal: hedging and vague attribution ("hedging-language").
 */
@Extension
public final class HedgedLanguageRule implements CredibilityRule {

    static final String ID = "hedged-language";
    private static final RuleInfo INFO = new RuleInfo(ID, "Hedged language",
            "The claim rests on hedges or weasel phrases instead of a source that stands behind it.", 0.5,
            "hedging-language", List.of(
                    RuleExample.firesOn("The militia reportedly recruited 300 miners from the valley."),
                    RuleExample.silentOn("The militia recruited 300 miners from the valley, the regional governor "
                            + "said.")));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        AnalyzedArticle article = context.article();
        List<Finding> out = new ArrayList<>();
        for (Claim claim : article.claims()) {
            List<Cue> hedges = claim.cues().stream().filter(c -> Distancing.hidesTheSource(article, c)).toList();
            if (hedges.isEmpty()) {
                continue;
            }
            boolean weasel = hedges.stream().anyMatch(c -> c.type() == CueType.WEASEL);
            // a hedge ("reportedly") beside a sentence that names its source is not said to stand alone; a weasel
            // phrase ("media reports") is the claim's source, which a named source of another kind does not name
            boolean standsBehind = claim.attributions().stream().anyMatch(a -> a.kind().isIdentified())
                    || !weasel && Distancing.namedSourceNextDoor(article, claim.sentenceIndex());
            double strength = -0.25 * hedges.stream().mapToDouble(c -> c.type() == CueType.WEASEL ? 1.4 : 1).sum();
            if (weasel && !standsBehind) {
                strength -= 0.2;
            }
            Set<String> phrases = new LinkedHashSet<>();
            List<Evidence> evidence = new ArrayList<>();
            for (Cue c : hedges) {
                phrases.add("\"" + article.text(c.span()) + "\"");
                evidence.add(new Evidence(c.span(), c.type() == CueType.WEASEL ? "weasel phrase" : "hedge"));
            }
            String text = "The claim rests on hedged wording: " + String.join(", ", phrases)
                    + (standsBehind ? "." : ", and no named source stands behind it.");
            out.add(new Finding(ID, claim.id(), Math.max(-0.8, strength), text, evidence, List.of()));
        }
        return out;
    }
}
