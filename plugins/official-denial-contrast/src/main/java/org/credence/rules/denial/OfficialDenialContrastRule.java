package org.credence.rules.denial;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Claim;
import org.credence.api.ClaimLink;
import org.credence.api.CorpusView;
import org.credence.api.CredibilityRule;
import org.credence.api.Cue;
import org.credence.api.CueType;
import org.credence.api.Evidence;
import org.credence.api.Finding;
import org.credence.api.RelatedClaim;
import org.credence.api.Relation;
import org.credence.api.RuleContext;
import org.credence.api.RuleInfo;
import org.credence.api.Sentence;
import org.credence.api.Span;
import org.pf4j.Extension;

/**
 * A claim set against an official denial, a rebuttal, or a statement that there is no record of what it asserts,
 * in the same article or in another article about the same story. The finding sits on the contested claim and quotes
 * both sides, so the reviewer sees the contest at once.
 *
 * <p>Only articles about the same story are searched: this one, its near-duplicates, and articles holding a claim
 * linked to one of its claims (same or conflicting figures). A claim is contested when it contains the word for what
 * is denied (the first content word after the cue, names aside: "no record of any <b>recruitment</b>", "denied that
 * any <b>miners</b> were hired"), or when its figure is linked to a figure in the denial's article and it shares any
 * content word with the denial. "Failed to provide proof" is about the claimant's evidence, not a counter-statement; the
 * unverified-activist-claims rule handles it.
 *
 * <p>Credibility signal: claim contradicted ("counterclaim").
 */
@Extension
public final class OfficialDenialContrastRule implements CredibilityRule {

    static final String ID = "official-denial-contrast";
    private static final RuleInfo INFO = new RuleInfo(ID, "Official denial contrast",
            "The claim is set against an official denial, a rebuttal or an absence of official record.", 0.7,
            "counterclaim");
    private static final int QUOTE = 140;
    static final int MAX_LINKED = 10;

    /** A denial or no-record statement: its sentence, its content words, and the word for what it denies. */
    private record Counter(AnalyzedArticle article, Sentence sentence, Cue cue, Set<String> words, String key) {
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        AnalyzedArticle article = context.article();
        List<Counter> counters = new ArrayList<>();
        for (AnalyzedArticle other : related(article, context.corpus())) {
            counters.addAll(counters(other));
        }
        if (counters.isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (Claim claim : article.claims()) {
            if (claim.quantities().isEmpty() && claim.attributions().isEmpty()) {
                continue;   // only checkable assertions are contested
            }
            Sentence sentence = article.sentences().get(claim.sentenceIndex());
            Set<String> words = ContentWords.of(article, sentence, Span.EMPTY);
            Set<String> linkedArticles = new HashSet<>();
            context.corpus().linksFrom(claim.id()).forEach(l -> linkedArticles.add(l.otherArticle()));
            Counter best = null;
            int bestShared = 0;
            for (Counter c : counters) {
                if (c.article() == article && c.sentence().index() == sentence.index()) {
                    continue;   // the denial is not set against itself
                }
                if (claim.cues().stream().anyMatch(cue -> isCounter(cue))) {
                    continue;   // a claim that is itself a denial is not contested by another denial
                }
                Set<String> shared = new HashSet<>(words);
                shared.retainAll(c.words());
                boolean linked = linkedArticles.contains(c.article().id());
                boolean contested = !c.key().isEmpty() && shared.contains(c.key()) || linked && !shared.isEmpty();
                if (contested && shared.size() > bestShared) {
                    best = c;
                    bestShared = shared.size();
                }
            }
            if (best != null) {
                out.add(finding(article, claim, sentence, best));
            }
        }
        return out;
    }

    private static Finding finding(AnalyzedArticle article, Claim claim, Sentence sentence, Counter counter) {
        boolean here = counter.article() == article;
        String where = here ? "later in this article" : "in article " + counter.article().id()
                + (counter.article().article().outlet().isBlank() ? "" : " (" + counter.article().article().outlet() + ")");
        if (here && counter.sentence().index() < sentence.index()) {
            where = "earlier in this article";
        }
        String kind = counter.cue().type() == CueType.DENIAL ? "a denial" : "a statement that there is no record of it";
        String text = "This claim (\"" + quote(article.text(sentence.span())) + "\") is set against " + kind + " " + where
                + ": \"" + quote(counter.article().text(counter.sentence().span())) + "\"";
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(new Evidence(claim.span(), "claim"));
        if (here) {
            evidence.add(new Evidence(counter.cue().span(), kind.startsWith("a denial") ? "denial" : "no record"));
        }
        List<RelatedClaim> related = new ArrayList<>();
        counter.article().claims().stream().filter(c -> c.sentenceIndex() == counter.sentence().index()).findFirst()
                .ifPresent(c -> related.add(new RelatedClaim(counter.article().id(), c.id(), Relation.CONTRADICTED_BY)));
        return new Finding(ID, claim.id(), counter.cue().type() == CueType.DENIAL ? -0.5 : -0.4, text, evidence,
                here ? List.of() : related);
    }

    /**
     * This article, its copies, and the articles its claims are most linked to (at most {@value #MAX_LINKED}: in a
     * large corpus of one war, every casualty figure links far and wide, and the story is in the closest).
     */
    private static Collection<AnalyzedArticle> related(AnalyzedArticle article, CorpusView corpus) {
        // keyed by id: an analysed article's own hash code walks every token of it
        Map<String, AnalyzedArticle> out = new LinkedHashMap<>();
        out.put(article.id(), article);
        corpus.duplicateGroupOf(article.id()).ifPresent(g -> g.articleIds()
                .forEach(id -> corpus.article(id).ifPresent(a -> out.putIfAbsent(a.id(), a))));
        Map<String, Integer> linkCount = new LinkedHashMap<>();
        for (Claim c : article.claims()) {
            for (ClaimLink link : corpus.linksFrom(c.id())) {
                linkCount.merge(link.otherArticle(), 1, Integer::sum);
            }
        }
        linkCount.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(MAX_LINKED)
                .forEach(e -> corpus.article(e.getKey()).ifPresent(a -> out.putIfAbsent(a.id(), a)));
        return out.values();
    }

    private static List<Counter> counters(AnalyzedArticle article) {
        List<Counter> out = new ArrayList<>();
        for (Cue cue : article.cues()) {
            if (!isCounter(cue)) {
                continue;
            }
            Optional<Sentence> sentence = article.sentenceAt(cue.span().start());
            sentence.ifPresent(s -> out.add(new Counter(article, s, cue, ContentWords.of(article, s, cue.span()),
                    ContentWords.firstAfter(article, s, cue.span()))));
        }
        return out;
    }

    /** A denial, or a statement that no record or evidence exists; not a claimant's failure to show proof. */
    static boolean isCounter(Cue cue) {
        if (cue.type() == CueType.DENIAL) {
            return true;
        }
        if (cue.type() != CueType.NO_EVIDENCE) {
            return false;
        }
        String p = cue.phrase().toLowerCase(Locale.ROOT);
        return p.contains("record") || p.startsWith("no evidence") || p.startsWith("no sign") || p.startsWith("no indication");
    }

    private static String quote(String s) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() <= QUOTE ? flat : flat.substring(0, QUOTE - 1).strip() + "…";
    }
}
