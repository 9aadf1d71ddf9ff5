package org.credence.rules.denial;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
import org.credence.api.Relation;
import org.credence.api.RuleContext;
import org.credence.api.RuleExample;
import org.credence.api.RuleInfo;
import org.credence.api.Sentence;
import org.credence.api.Span;
import org.pf4j.Extension;

/**
 * A claim set against an official denial, a rebuttal, or a statement that there is no record of what it asserts,
 * in the same article or in another article about the same story. The finding sits on the contested claim and quotes
 * both sides, so the reviewer sees the contest at once.
 *
 * <p>Only articles about the same story are searched ({@link CorpusView#storyOf}): this one, its near-duplicates, and
 * the closest others. A claim is contested when it contains the word for what
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
            "counterclaim", List.of(
                    RuleExample.firesOn("Activists said the militia recruited 300 miners from the valley. The "
                            + "ministry denied any recruitment of miners."),
                    RuleExample.silentOn("Activists said the militia recruited 300 miners from the valley.")));
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
                out.add(finding(context.corpus(), article, claim, sentence, best));
            }
        }
        return Finding.strongest(out, MAX_FINDINGS);   // denials before no-record statements, in a long article
    }

    private static Finding finding(CorpusView corpus, AnalyzedArticle article, Claim claim, Sentence sentence,
                                   Counter counter) {
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
        List<ClaimLink> related = new ArrayList<>();
        counter.article().claims().stream().filter(c -> c.sentenceIndex() == counter.sentence().index()).findFirst()
                .ifPresent(c -> related.add(new ClaimLink(claim.id(), c.id(), counter.article().id(),
                        Relation.CONTRADICTED_BY, !corpus.sameOrigin(article.id(), counter.article().id()), "")));
        return new Finding(ID, claim.id(), counter.cue().type() == CueType.DENIAL ? -0.5 : -0.4, text, evidence,
                here ? List.of() : related);
    }

    /**
     * The articles of this one's story: itself, its copies, and the {@value #MAX_LINKED} others closest to it (in a
     * large corpus of one war, every casualty figure links far and wide, and the story is in the closest).
     */
    private static List<AnalyzedArticle> related(AnalyzedArticle article, CorpusView corpus) {
        List<AnalyzedArticle> out = new ArrayList<>();
        int others = 0;
        for (AnalyzedArticle a : corpus.storyOf(article.id())) {
            if (corpus.sameOrigin(article.id(), a.id())) {
                out.add(a);
            } else if (others++ < MAX_LINKED) {
                out.add(a);
            }
        }
        return out;
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
