package org.credence.rules.anonymous;

import java.util.ArrayList;
import java.util.List;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Attribution;
import org.credence.api.Claim;
import org.credence.api.CredibilityRule;
import org.credence.api.Evidence;
import org.credence.api.Finding;
import org.credence.api.RuleContext;
import org.credence.api.RuleExample;
import org.credence.api.RuleInfo;
import org.credence.api.SourceKind;
import org.pf4j.Extension;

/**
 * Claims whose only sources are anonymous ("a source close to the talks", "officials who asked not to be named") or
 * unnamed ("a spokesperson", "a publication based in ..."). A reader cannot weigh a source they cannot identify.
 * Anonymous sources weigh more than unnamed ones; a claim that a named source also backs is not flagged, nor one whose
 * "source" is a document or the subject of a verb that is not one of saying, nor one that is a named body's
 * spokesperson, through whom the body speaks on the record ({@link HiddenSpeaker}). In an
 * article with more such claims than the engine takes, the anonymous ones come first.
 *
 * <p>Credibility signal: anonymous sources ("anonymous-sources").
 */
@Extension
public final class AnonymousSourcingRule implements CredibilityRule {

    static final String ID = "anonymous-sourcing";
    private static final RuleInfo INFO = new RuleInfo(ID, "Anonymous sourcing",
            "The claim's only sources are anonymous or unnamed, so a reader cannot weigh who stands behind it.", 0.6,
            "anonymous-sources", List.of(
                    RuleExample.firesOn("A source close to the talks said the company would pay $2 million to the "
                            + "families of the miners."),
                    RuleExample.silentOn("Interior Minister Lena Marsh said the company would pay $2 million to the "
                            + "families of the miners.")));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        AnalyzedArticle article = context.article();
        List<Finding> out = new ArrayList<>();
        for (Claim claim : article.claims()) {
            List<Attribution> hidden = claim.attributions().stream()
                    .filter(a -> !a.kind().isIdentified() && a.kind() != SourceKind.NONE)
                    .filter(a -> HiddenSpeaker.isHiddenSpeaker(article, a))
                    .filter(a -> !HiddenSpeaker.speaksForANamedBody(article, a)).toList();
            boolean named = claim.attributions().stream().anyMatch(a -> a.kind().isIdentified());
            if (hidden.isEmpty() || named) {
                continue;
            }
            boolean anonymous = hidden.stream().anyMatch(a -> a.kind() == SourceKind.ANONYMOUS);
            Attribution first = hidden.get(0);
            String who = "\"" + article.text(first.source()) + "\"";
            String text = anonymous
                    ? "The claim is attributed only to " + who + ", a source the article keeps anonymous."
                    : "The claim is attributed only to " + who + ", a source whose name the article does not give.";
            List<Evidence> evidence = hidden.stream().map(a -> new Evidence(a.source(), "source")).toList();
            out.add(new Finding(ID, claim.id(), anonymous ? -0.5 : -0.35, text, evidence, List.of()));
        }
        return Finding.strongest(out, MAX_FINDINGS);   // a long article may have more such claims than the engine takes
    }
}
