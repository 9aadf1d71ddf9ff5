package org.credence.engine.rulepack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Attribution;
import org.credence.api.Claim;
import org.credence.api.CredibilityRule;
import org.credence.api.Cue;
import org.credence.api.Evidence;
import org.credence.api.Finding;
import org.credence.api.Quantity;
import org.credence.api.RuleContext;
import org.credence.api.RuleInfo;
import org.credence.api.Sentence;
import org.credence.api.SourceKind;
import org.credence.api.Span;
import org.credence.engine.analysis.text.PhraseMatcher;

/**
 * One rule of a rule pack, run like any plugin's rule: for each claim whose sentence shows everything its
 * {@code when} asks and nothing its {@code unless} names, one finding with the pack's effect and explanation.
 * Immutable, so one instance serves every thread.
 */
public final class RulePackRule implements CredibilityRule {

    private static final int CLAIM_CHARS = 120;

    private final PackRule rule;
    private final PhraseMatcher<String> whenPhrases = new PhraseMatcher<>();
    private final PhraseMatcher<String> unlessPhrases = new PhraseMatcher<>();

    public RulePackRule(PackRule rule) {
        this.rule = rule;
        rule.when().phrases().forEach(p -> whenPhrases.add(p, p));
        rule.unless().phrases().forEach(p -> unlessPhrases.add(p, p));
    }

    @Override
    public RuleInfo info() {
        return rule.info();
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        AnalyzedArticle article = context.article();
        List<Finding> findings = new ArrayList<>();
        for (Claim claim : article.claims()) {
            if (findings.size() == MAX_FINDINGS) {
                break;   // the engine would drop them all beyond this; a pack cannot know, so it stops here
            }
            Optional<Match> when = match(rule.when(), whenPhrases, article, claim);
            if (when.isEmpty() || holdsAny(rule.unless(), article, claim)) {
                continue;
            }
            Match m = when.get();
            findings.add(Finding.about(claim, rule.info().id(), rule.effect(),
                    rule.explanation().render(m.values(article, claim)), m.evidence(claim)));
        }
        return findings;
    }

    /** What the {@code when} found in one claim; a part not asked for stays null. */
    private record Match(PhraseMatcher.Match<String> phrase, Cue cue, Attribution attribution, Quantity quantity) {

        Map<String, String> values(AnalyzedArticle article, Claim claim) {
            Map<String, String> v = new HashMap<>();
            String text = article.text();
            if (phrase != null) {
                v.put("phrase", phrase.span().in(text));
            }
            if (cue != null) {
                v.put("cue", cue.span().in(text));
            }
            Attribution a = attribution != null ? attribution
                    : claim.attributions().isEmpty() ? null : claim.attributions().get(0);
            v.put("source", a == null ? "no one" : !a.sourceName().isBlank() ? a.sourceName() : a.source().in(text));
            v.put("kind", words(a == null ? SourceKind.NONE : a.kind()));
            if (quantity != null) {
                v.put("quantity", quantity.span().in(text));
                v.put("noun", quantity.noun().isEmpty() ? "things" : quantity.noun());
            }
            String sentence = claim.span().in(text).strip();
            v.put("claim", sentence.length() <= CLAIM_CHARS ? sentence : sentence.substring(0, CLAIM_CHARS) + "…");
            return v;
        }

        List<Evidence> evidence(Claim claim) {
            List<Evidence> e = new ArrayList<>();
            if (phrase != null) {
                e.add(new Evidence(phrase.span(), "phrase"));
            }
            if (cue != null) {
                e.add(new Evidence(cue.span(), cue.type().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
            }
            if (attribution != null && !attribution.source().isEmpty()) {
                e.add(new Evidence(attribution.source(), "source"));
            }
            if (quantity != null) {
                e.add(new Evidence(quantity.span(), "figure"));
            }
            if (e.isEmpty()) {
                e.add(new Evidence(claim.span(), "claim"));
            }
            return e;
        }
    }

    /** Every part given must hold; the empty condition holds for no claim, so a pack never flags everything. */
    private static Optional<Match> match(ClaimCondition c, PhraseMatcher<String> phrases, AnalyzedArticle article,
                                         Claim claim) {
        if (c.isEmpty()) {
            return Optional.empty();
        }
        PhraseMatcher.Match<String> phrase = null;
        if (!c.phrases().isEmpty()) {
            phrase = findPhrase(phrases, article, claim);
            if (phrase == null) {
                return Optional.empty();
            }
        }
        Cue cue = null;
        if (!c.cues().isEmpty()) {
            cue = claim.cues().stream().filter(x -> c.cues().contains(x.type())).findFirst().orElse(null);
            if (cue == null) {
                return Optional.empty();
            }
        }
        Attribution attribution = null;
        if (!c.sources().isEmpty()) {
            attribution = claim.attributions().stream().filter(a -> c.sources().contains(a.kind())).findFirst()
                    .orElse(null);
            boolean unsourced = claim.attributions().isEmpty() && c.sources().contains(SourceKind.NONE);
            if (attribution == null && !unsourced) {
                return Optional.empty();
            }
        }
        Quantity quantity = null;
        if (c.quantity() != null) {
            quantity = claim.quantities().stream().filter(c.quantity()::test).findFirst().orElse(null);
            if (quantity == null) {
                return Optional.empty();
            }
        }
        return Optional.of(new Match(phrase, cue, attribution, quantity));
    }

    /** Any part given that holds silences the rule. */
    private boolean holdsAny(ClaimCondition c, AnalyzedArticle article, Claim claim) {
        return !c.phrases().isEmpty() && findPhrase(unlessPhrases, article, claim) != null
                || claim.cues().stream().anyMatch(x -> c.cues().contains(x.type()))
                || claim.sourceKinds().stream().anyMatch(c.sources()::contains)
                || c.quantity() != null && claim.quantities().stream().anyMatch(c.quantity()::test);
    }

    private static PhraseMatcher.Match<String> findPhrase(PhraseMatcher<String> phrases, AnalyzedArticle article,
                                                         Claim claim) {
        if (claim.sentenceIndex() < 0 || claim.sentenceIndex() >= article.sentences().size()) {
            return null;
        }
        Sentence sentence = article.sentences().get(claim.sentenceIndex());
        Span span = claim.span();
        return phrases.find(article.text(), sentence).stream().filter(m -> span.contains(m.span())).findFirst()
                .orElse(null);
    }

    private static String words(SourceKind kind) {
        return switch (kind) {
            case OFFICIAL -> "an official source";
            case MILITARY -> "the military";
            case STATE_MEDIA -> "state media";
            case NGO_MONITOR -> "a monitoring group";
            case ACTIVIST -> "an activist";
            case EXPERT -> "an expert";
            case MEDIA -> "the media";
            case ANONYMOUS -> "an anonymous source";
            case UNNAMED -> "an unnamed source";
            case OTHER -> "a named source";
            case NONE -> "no source";
        };
    }

    @Override
    public String toString() {
        return "rule pack rule " + rule.info().id();
    }
}
