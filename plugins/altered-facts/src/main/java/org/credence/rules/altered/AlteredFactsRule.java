package org.credence.rules.altered;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.credence.api.AlignedSentences;
import org.credence.api.AnalyzedArticle;
import org.credence.api.Attribution;
import org.credence.api.Claim;
import org.credence.api.ClaimLink;
import org.credence.api.CopyAlignment;
import org.credence.api.CorpusView;
import org.credence.api.CredibilityRule;
import org.credence.api.DuplicateGroup;
import org.credence.api.Evidence;
import org.credence.api.Finding;
import org.credence.api.Relation;
import org.credence.api.RuleContext;
import org.credence.api.RuleInfo;
import org.pf4j.Extension;

/**
 * The article copies another loaded article (word for word, spun or rewritten) but changes a fact of it: a figure,
 * a cause, an actor, a place or a date. Each such fact is a finding that names both versions and both articles.
 *
 * <p>The engine aligns the sentences of every pair of copies once ({@link CorpusView#alignment}); this rule compares
 * each aligned pair ({@link FactDifferences}). Which of the two is the copy is told by the dates (the later one),
 * or by the wording (an article that credits the other's outlet as its source); otherwise both are flagged, more
 * mildly, and the finding says it cannot tell which changed the facts.
 *
 * <p>Credibility signal: fidelity to the source copied ("fidelity").
 */
@Extension
public final class AlteredFactsRule implements CredibilityRule {

    static final String ID = "altered-facts";
    private static final RuleInfo INFO = new RuleInfo(ID, "Altered facts in a copy",
            "The article copies another loaded article but changes a fact of it: a figure, a cause, an actor, a "
                    + "place or a date.", 0.8, "fidelity",
            List.of(Examples.alteredCopy(), Examples.theOriginal(), Examples.faithfulCopy()));
    static final double COPY_STRENGTH = -0.7;
    static final double UNDECIDED_STRENGTH = -0.4;
    /** Facts reported per pair of articles at most: beyond that the copy is another story. */
    static final int MAX_PER_PAIR = 6;
    /** The share of the shorter article's sentences that must be aligned for the pair to be one story copied. */
    static final int LEAST_ALIGNED_PERCENT = 50;
    /** A page's footer: its copyright line. */
    private static final Pattern PAGE_FOOTER = Pattern.compile("(?i)\u00a9|\\bcopyright\\b|all rights reserved");

    /** Which of two copies is the copy. */
    enum Direction { THIS_COPIES, OTHER_COPIES, UNKNOWN }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        AnalyzedArticle article = context.article();
        CorpusView corpus = context.corpus();
        Optional<DuplicateGroup> group = corpus.duplicateGroupOf(article.id());
        if (group.isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (String otherId : group.get().articleIds()) {
            if (otherId.equals(article.id())) {
                continue;
            }
            AnalyzedArticle other = corpus.article(otherId).orElse(null);
            CopyAlignment alignment = corpus.alignment(article.id(), otherId).orElse(null);
            if (other == null || alignment == null) {
                continue;
            }
            Direction direction = direction(article, other);
            if (direction == Direction.OTHER_COPIES) {
                continue;   // this is the original: the copy carries the finding
            }
            if (!mostlyAligned(article, other, alignment)) {
                continue;   // two stories of one outlet sharing background paragraphs, not one story copied
            }
            out.addAll(compare(article, other, alignment, direction));
        }
        return out;
    }

    /**
     * True when at least {@value #LEAST_ALIGNED_PERCENT}% of the shorter article's sentences have a counterpart in
     * the other. On AFTER3, four of seven findings set two different stories of one outlet side by side (a Brexit
     * vote and the next day's, a lawsuit and its ruling) that share a few background paragraphs or picture captions
     * (decision 0044); their "changed facts" were two events, not one fact altered.
     */
    static boolean mostlyAligned(AnalyzedArticle article, AnalyzedArticle other, CopyAlignment alignment) {
        int shorter = Math.min(bodySentences(article), bodySentences(other));
        return shorter > 0 && alignment.sentences().size() * 100 >= shorter * LEAST_ALIGNED_PERCENT;
    }

    private static int bodySentences(AnalyzedArticle article) {
        return (int) article.sentences().stream().filter(s -> !s.headline()).count();
    }

    private List<Finding> compare(AnalyzedArticle article, AnalyzedArticle other, CopyAlignment alignment,
                                  Direction direction) {
        List<Finding> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (AlignedSentences pair : alignment.sentences()) {
            if (pair.sentence() >= article.sentences().size() || pair.otherSentence() >= other.sentences().size()) {
                continue;
            }
            if (PAGE_FOOTER.matcher(article.text(article.sentences().get(pair.sentence()).span())).find()) {
                continue;   // "Copyright (c) 2019" against "(c) 2020": the page's year, not the story's
            }
            for (FactDifferences.Difference d : FactDifferences.between(article,
                    article.sentences().get(pair.sentence()), other, other.sentences().get(pair.otherSentence()))) {
                if (out.size() == MAX_PER_PAIR
                        || !seen.add(d.kind() + "|" + normal(d.version()) + "|" + normal(d.other()))) {
                    continue;
                }
                out.add(finding(article, pair.sentence(), other, pair.otherSentence(), d, direction));
            }
        }
        return out;
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).strip();
    }

    private Finding finding(AnalyzedArticle article, int sentence, AnalyzedArticle other, int otherSentence,
                            FactDifferences.Difference d, Direction direction) {
        String otherName = other.id() + (other.article().outlet().isBlank() ? "" : " (" + other.article().outlet() + ")");
        String what = "the " + d.kind().label;
        String text = direction == Direction.THIS_COPIES
                ? "Copies " + otherName + " but says \"" + d.version() + "\" where the original says \"" + d.other()
                        + "\" (" + what + ")" + why(article, other) + "."
                : "This article and " + otherName + " are copies of one story, but this one says \"" + d.version()
                        + "\" where " + other.id() + " says \"" + d.other() + "\" (" + what
                        + "). One of them changed a fact it copied; nothing tells which is the original.";
        Optional<Claim> claim = article.claims().stream().filter(c -> c.sentenceIndex() == sentence).findFirst();
        List<ClaimLink> related = claim.isEmpty() ? List.of() : other.claims().stream()
                .filter(c -> c.sentenceIndex() == otherSentence)
                .map(c -> new ClaimLink(claim.get().id(), c.id(), other.id(),
                        d.kind() == FactDifferences.Kind.FIGURE ? Relation.CONFLICTING_FIGURE : Relation.SAME_ORIGIN,
                        false, ""))
                .toList();
        double strength = direction == Direction.THIS_COPIES ? COPY_STRENGTH : UNDECIDED_STRENGTH;
        return new Finding(ID, claim.map(Claim::id).orElse(""), strength, text,
                List.of(new Evidence(d.span(), "altered " + d.kind().label)), related);
    }

    /** Why this article is taken for the copy. */
    private static String why(AnalyzedArticle article, AnalyzedArticle other) {
        return later(article, other) ? ", and it was published later" : ", whose outlet it names as its source";
    }

    /** Dates first (the later one copies), then credit (an article naming the other's outlet as source copies it). */
    static Direction direction(AnalyzedArticle article, AnalyzedArticle other) {
        if (later(article, other)) {
            return Direction.THIS_COPIES;
        }
        if (later(other, article)) {
            return Direction.OTHER_COPIES;
        }
        boolean creditsOther = credits(article, other);
        boolean creditedByOther = credits(other, article);
        if (creditsOther != creditedByOther) {
            return creditsOther ? Direction.THIS_COPIES : Direction.OTHER_COPIES;
        }
        return Direction.UNKNOWN;
    }

    private static boolean later(AnalyzedArticle a, AnalyzedArticle b) {
        String da = a.article().date().strip();
        String db = b.article().date().strip();
        return !da.isEmpty() && !db.isEmpty() && da.compareTo(db) > 0;
    }

    /** True when {@code a} attributes something to the outlet that published {@code b}. */
    private static boolean credits(AnalyzedArticle a, AnalyzedArticle b) {
        String outlet = b.article().outlet().strip().toLowerCase(Locale.ROOT);
        if (outlet.isEmpty() || outlet.equals(a.article().outlet().strip().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (Attribution at : a.attributions()) {
            String name = at.sourceName().toLowerCase(Locale.ROOT);
            if (name.equals(outlet) || name.equals("the " + outlet)) {
                return true;
            }
        }
        return false;
    }
}
