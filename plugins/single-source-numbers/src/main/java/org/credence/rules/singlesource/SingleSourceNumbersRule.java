package org.credence.rules.singlesource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Approximation;
import org.credence.api.Attribution;
import org.credence.api.Claim;
import org.credence.api.ClaimLink;
import org.credence.api.CorpusView;
import org.credence.api.CredibilityRule;
import org.credence.api.Evidence;
import org.credence.api.Finding;
import org.credence.api.Quantity;
import org.credence.api.QuantityKind;
import org.credence.api.Relation;
import org.credence.api.RuleContext;
import org.credence.api.RuleExample;
import org.credence.api.RuleInfo;
import org.credence.api.SameProposition;
import org.credence.api.SourceKind;
import org.pf4j.Extension;

/**
 * A figure that rests on one source, or none, and that no independent source in the loaded articles reports; and
 * figures about the same thing that conflict. Copies of one article count as one origin, so a spun copy never
 * corroborates its original. A figure that independent sources confirm raises the claim's score. Only figures of
 * the same story that the engine finds about the same thing ({@link CorpusView#sameProposition}) confirm or
 * conflict, and the explanation says what they share; "no other loaded article covers this story" is said only when
 * the story ({@link CorpusView#storyOf}) holds no other article.
 *
 * <p>Credibility signal: source corroboration (W3C Credibility Signals, "corroboration").
 */
@Extension
public final class SingleSourceNumbersRule implements CredibilityRule {

    static final String ID = "single-source-numbers";
    private static final RuleInfo INFO = new RuleInfo(ID, "Single-source numbers",
            "A figure that rests on one source or none, that no independent source in the loaded articles reports, "
                    + "or that conflicts with figures about the same thing elsewhere.", 0.8, "corroboration", List.of(
                    RuleExample.firesOn("The militia recruited 3,000 fighters from the valley, a local activist "
                            + "said."),
                    RuleExample.silentOn("Dozens of people attended the meeting in the valley, a local activist "
                            + "said.")));
    /** Things nobody counts to check a story: "300 things would be better", "20 ways to", "1 of 55 Photos". */
    private static final Set<String> UNCOUNTABLE = Set.of("things", "times", "ways", "reasons", "steps", "examples",
            "words", "questions", "ideas", "spots", "pages", "points", "places", "items", "options", "minutes",
            "photos", "pictures", "images", "slides", "videos", "comments");
    /** Counts smaller than this are rarely contested figures ("two ministers"). */
    static final double SMALLEST_FIGURE = 10;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        AnalyzedArticle article = context.article();
        CorpusView corpus = context.corpus();
        List<Finding> out = new ArrayList<>();
        Set<String> said = new HashSet<>();
        Set<Integer> sourced = null;   // read on first need: most claims have a source of their own
        for (Claim claim : article.claims()) {
            Quantity figure = mainFigure(claim);
            if (figure == null || FigureContext.isThresholdOrRate(article, figure)) {
                continue;   // "for every $1,000", "incomes above $400,000": a rule's bracket, not a fact
            }
            if (FigureContext.hypothetical(article, figure) || FigureContext.partOfAName(article, figure)
                    || FigureContext.fromRecords(article, claim)) {
                continue;   // "if he had put $10,000", "50 Park Investments", "according to court records"
            }
            boolean unsourced = sources(claim).isEmpty() && quoteSpeakers(article, claim).isEmpty();
            if (unsourced && sourced == null) {
                sourced = FigureContext.sourcedSentences(article);
            }
            if (unsourced && (article.insideQuotation(figure.span().start())
                    || FigureContext.neighbourHasSource(sourced, claim))) {
                continue;   // someone's quoted words, or "..., he said" next door: a source the rule cannot pin down
            }
            String key = (long) figure.value() + "/" + figure.noun().toLowerCase(Locale.ROOT);
            if (!said.add(key)) {
                continue;   // the article repeats its figure; the first mention carries the finding
            }
            out.add(judge(article, corpus, claim, figure));
        }
        return out;
    }

    /** The claim's first checkable figure: a count or sum of money, not tiny, about something named. */
    static Quantity mainFigure(Claim claim) {
        for (Quantity q : claim.quantities()) {
            boolean vague = q.approximation() == Approximation.ABOUT && q.low() != q.high();   // "thousands of"
            boolean checkable = q.kind() == QuantityKind.MONEY
                    || q.kind() == QuantityKind.COUNT && !q.noun().isEmpty() && q.value() >= SMALLEST_FIGURE
                    && !vague && !UNCOUNTABLE.contains(q.noun().toLowerCase(Locale.ROOT));
            if (checkable) {
                return q;
            }
        }
        return null;
    }

    private Finding judge(AnalyzedArticle article, CorpusView corpus, Claim claim, Quantity figure) {
        String shown = describe(article, figure);
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(new Evidence(figure.span(), "figure"));
        List<String> sources = sources(claim);
        claim.attributions().stream().filter(SingleSourceNumbersRule::hasSource)
                .forEach(a -> evidence.add(new Evidence(a.source(), "source")));
        if (sources.isEmpty()) {
            for (Attribution a : quoteSpeakers(article, claim)) {   // “…$1 billion. It was a loss,” she said.
                sources = List.of(describeSource(a));
                evidence.add(new Evidence(a.source(), "speaker"));
            }
        }

        Map<String, ClaimLink> confirming = new LinkedHashMap<>();
        Map<String, ClaimLink> conflicting = new LinkedHashMap<>();
        SameProposition confirmed = null;
        SameProposition contested = null;
        for (ClaimLink link : corpus.linksFrom(claim.id())) {
            if (corpus.sameOrigin(article.id(), link.otherArticle())) {
                continue;   // a copy repeats, it does not confirm
            }
            Claim otherClaim = corpus.claim(link.otherClaimId()).orElse(null);
            SameProposition same = otherClaim == null ? null : corpus.sameProposition(claim, otherClaim).orElse(null);
            if (same == null) {
                continue;   // another story's figure, or one about something else, neither confirms nor conflicts
            }
            Quantity otherFigure = mainFigure(otherClaim);
            if (otherFigure == null || !FigureContext.aboutThisFigure(claim, figure, otherFigure,
                    link.relation() == Relation.SAME_FIGURE)) {
                continue;   // the link is about another figure of the claim (decision 0041)
            }
            if (link.relation() == Relation.SAME_FIGURE && link.independent()) {
                confirmed = confirmed == null ? same : confirmed;
                confirming.putIfAbsent(corpus.originOf(link.otherArticle()), link);
            } else if (link.relation() == Relation.CONFLICTING_FIGURE) {
                // copies of one article give one figure once
                Quantity other = corpus.claim(link.otherClaimId()).map(SingleSourceNumbersRule::mainFigure).orElse(null);
                String key = corpus.originOf(link.otherArticle()) + "/" + (other == null ? link.otherClaimId()
                        : (long) other.low() + "-" + (long) other.high());
                contested = contested == null ? same : contested;
                conflicting.putIfAbsent(key, link);
            }
        }
        List<ClaimLink> related = new ArrayList<>(confirming.values());
        related.addAll(conflicting.values());

        if (!confirming.isEmpty() && conflicting.isEmpty()) {
            String others = String.join(", ", confirming.values().stream().map(l -> otherSource(corpus, l)).toList());
            double strength = Math.min(0.6, 0.3 + 0.1 * confirming.size());
            return new Finding(ID, claim.id(), strength, "The figure " + shown + " is also reported independently by "
                    + confirming.size() + " other loaded article" + (confirming.size() == 1 ? "" : "s") + " on this "
                    + "story (" + others + "; " + confirmed.describe() + ").", evidence, related);
        }
        int others = corpus.storyOf(article.id()).size() - 1;   // articles about other things cannot confirm it
        StringBuilder text = new StringBuilder("The figure ").append(shown);
        double strength;
        if (sources.isEmpty()) {
            text.append(" is given without any source");
            strength = -0.5;
        } else if (sources.size() == 1) {
            text.append(" is attributed only to ").append(sources.get(0));
            strength = -0.4;
        } else {
            text.append(" is attributed to ").append(String.join(" and ", sources));
            strength = -0.3;
        }
        if (confirming.isEmpty()) {
            text.append(others == 0 ? "; no other loaded article covers this story, so nothing here confirms it."
                    : "; none of the other " + others + " loaded article" + (others == 1 ? "" : "s")
                            + " on this story reports it from an independent source.");
        } else {
            text.append("; ").append(confirming.size()).append(" independent article")
                    .append(confirming.size() == 1 ? " reports" : "s report").append(" it too.");
            strength += 0.3;
        }
        if (!conflicting.isEmpty()) {
            List<String> figures = new ArrayList<>();
            for (ClaimLink l : conflicting.values()) {
                figures.add(otherFigure(corpus, l));
            }
            text.append(" Other loaded articles on this story give different figures for the same ")
                    .append(subject(conflicting)).append(": ").append(joinAnd(figures)).append(" (")
                    .append(contested.describe()).append(").");
            strength -= 0.2;
        }
        return new Finding(ID, claim.id(), Math.max(-1, Math.min(1, strength)), text.toString(), evidence, related);
    }

    private static String subject(Map<String, ClaimLink> links) {
        String s = links.values().iterator().next().subject();
        return s.isBlank() ? "thing" : s;
    }

    /** A source the text gives, named or not ("a spokesperson" counts: the finding says it was not named). */
    private static boolean hasSource(Attribution a) {
        return a.kind() != SourceKind.NONE && !a.sourceName().isBlank();
    }

    /**
     * The speaker of a quotation that opens in the claim's sentence and closes in the next one: the attributions of
     * that next sentence, when the claim's sentence starts with an opening quote mark it does not close.
     */
    static List<Attribution> quoteSpeakers(AnalyzedArticle article, Claim claim) {
        String sentence = article.text(claim.span()).strip();
        if (sentence.isEmpty() || "\"“".indexOf(sentence.charAt(0)) < 0 || closes(sentence)) {
            return List.of();
        }
        return article.attributionsIn(claim.sentenceIndex() + 1).stream().filter(SingleSourceNumbersRule::hasSource)
                .limit(1).toList();
    }

    private static boolean closes(String sentence) {
        int straight = (int) sentence.chars().filter(c -> c == '"').count();
        return sentence.indexOf('”') >= 0 || straight >= 2;
    }

    /** Distinct source names of a claim, as written. */
    static List<String> sources(Claim claim) {
        Set<String> names = new LinkedHashSet<>();
        for (Attribution a : claim.attributions()) {
            if (hasSource(a)) {
                names.add(describeSource(a));
            }
        }
        return new ArrayList<>(names);
    }

    private static String describeSource(Attribution a) {
        String name = a.sourceName().strip();
        if (!a.kind().isIdentified()) {
            // "a spokesperson (not named)"; "the official" refers back to a source the reader has met, and
            // "activists" is no article at all
            String lower = name.toLowerCase(Locale.ROOT);
            return lower.startsWith("a ") || lower.startsWith("an ") ? lowerFirst(name) + " (not named)"
                    : lowerFirst(name);
        }
        return name.startsWith("The ") ? "the " + name.substring(4) : name;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String otherFigure(CorpusView corpus, ClaimLink link) {
        Claim other = corpus.claim(link.otherClaimId()).orElse(null);
        AnalyzedArticle article = corpus.article(link.otherArticle()).orElse(null);
        if (other == null || article == null) {
            return "another figure (" + link.otherArticle() + ")";
        }
        Quantity q = mainFigure(other);
        String figure = q == null ? "another figure" : describe(article, q);
        List<String> sources = sources(other);
        String by = sources.isEmpty() ? "no source given" : String.join(" and ", sources);
        return figure + " (" + by + ", article " + article.id() + ")";
    }

    private static String otherSource(CorpusView corpus, ClaimLink link) {
        List<String> s = corpus.claim(link.otherClaimId()).map(SingleSourceNumbersRule::sources).orElse(List.of());
        return (s.isEmpty() ? "no source named" : String.join(" and ", s)) + ", article " + link.otherArticle();
    }

    /** "40,000 fighters", "3,000-4,000 soldiers", "$200-$300", "11 million people": the number as written. */
    static String describe(AnalyzedArticle article, Quantity q) {
        String number = article.text(q.numberSpan());
        if (!number.isEmpty() && Character.isUpperCase(number.charAt(0))) {
            number = number.toLowerCase(Locale.ROOT);   // "Fifty people" opened its sentence; here it is mid-sentence
        }
        if (q.kind() == QuantityKind.MONEY || q.noun().isEmpty()) {
            return number;
        }
        String noun = !q.nounSpan().isEmpty() && q.nounSpan().fitsIn(article.text().length())
                ? article.text(q.nounSpan()) : q.noun();
        return number + " " + noun;   // as written: "3,000 Americans", not "3,000 americans"
    }

    private static String joinAnd(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
