package org.credence.rules.denial;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Attribution;
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
import org.credence.api.SameProposition;
import org.credence.api.Sentence;
import org.credence.api.Span;
import org.pf4j.Extension;

/**
 * A claim set against an official denial, a rebuttal, or a statement that there is no record of what it asserts,
 * in the same article or in another article about the same story. The finding sits on the contested claim and quotes
 * both sides, so the reviewer sees the contest at once.
 *
 * <p>Only articles about the same story are searched ({@link CorpusView#storyOf}): this one, its near-duplicates, and
 * the closest others. A claim is contested when the engine finds it about the same thing as what the denial denies
 * ({@link CorpusView#sameProposition}, the claim set against the denial from its cue on: "no official record that
 * proves any <b>recruitment</b> ..." against "Russia has <b>enlisted</b> over 40,000 ..."); a claim that only
 * supposes or forecasts it ("Russia could recruit ...") is not, nor one about something else in the same sentence.
 * The explanation says what the two share. "Failed to provide proof" is about the claimant's evidence, not a
 * counter-statement; the unverified-activist-claims rule handles it.
 *
 * <p>Narrowed by decision 0041, after labelled findings showed the rule right less than one time in five: a denial
 * counts only in the claim's own article (or a copy of it), only when it denies a statement ({@link Denials}: "denied
 * that ...", "denied any involvement", not "denied Kyiv the aid" or "fake news"), and only when it shares a figure
 * subject or two terms with the claim; another article of the story contributes only a statement that there is no
 * record of the thing. Decision 0044: what a denial denies ends with its clause ("denies wrongdoing and has dismissed
 * the inquiry" denies wrongdoing, not the inquiry), a court denying "that request" denies no statement, and a denial
 * by the claim's own source is that side's account told twice, not a contest.
 *
 * <p>Credibility signal: claim contradicted ("counterclaim").
 */
@Extension
public final class OfficialDenialContrastRule implements CredibilityRule {

    static final String ID = "official-denial-contrast";
    private static final RuleInfo INFO = new RuleInfo(ID, "Official denial contrast",
            "The claim is set against an official denial, a rebuttal or an absence of official record.", 0.7,
            "counterclaim", List.of(
                    RuleExample.firesOn("Activists said the Karvala militia recruited 300 miners from the valley. "
                            + "The ministry denied that the Karvala militia recruited any miners."),
                    RuleExample.silentOn("Activists said the militia recruited 300 miners from the valley.")));
    private static final int QUOTE = 140;
    static final int MAX_LINKED = 10;

    /**
     * A denial or no-record statement: its sentence, what it denies (from its cue to the end of its clause), and the
     * name words of whoever denies it.
     */
    private record Counter(AnalyzedArticle article, Sentence sentence, Cue cue, Span denied, Set<String> denier) {
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
        CorpusView corpus = context.corpus();
        // A denial denies one statement: it is set against the claim of this article it matches best, not against
        // every claim that shares two words with it (on AFTER3, 20 of 40 findings were one denial set against
        // several claims of its article; decision 0044). A no-record statement may answer several claims.
        Match[] closest = new Match[counters.size()];            // per denial, by its place in counters: its closest claim
        Map<String, Match> best = new HashMap<>();                // per claim id, its strongest counter
        for (Claim claim : article.claims()) {
            if (claim.quantities().isEmpty() && claim.attributions().isEmpty()) {
                continue;   // only checkable assertions are contested
            }
            if (claim.cues().stream().anyMatch(OfficialDenialContrastRule::isCounter)) {
                continue;   // a claim that is itself a denial is not contested by another denial
            }
            Sentence sentence = article.sentences().get(claim.sentenceIndex());
            Set<String> sources = null;   // the claim's source names, read on first need
            for (int k = 0; k < counters.size(); k++) {
                Counter c = counters.get(k);
                if (c.article() == article && c.sentence().index() == sentence.index()) {
                    continue;   // the denial is not set against itself
                }
                boolean sameOrigin = corpus.sameOrigin(article.id(), c.article().id());
                if (!sameOrigin && c.cue().type() == CueType.DENIAL) {
                    continue;   // another outlet's denial answers that outlet's account (decision 0041)
                }
                if (!c.denier().isEmpty() && sources == null) {
                    sources = sourceNames(claim);
                }
                if (!c.denier().isEmpty() && sources.stream().anyMatch(c.denier()::contains)) {
                    continue;   // "Sondland said ..." and "Sondland's lawyer denied ...": one side's account twice
                }
                Optional<SameProposition> shared = corpus.sameProposition(article.id(), claim.span(),
                        c.article().id(), c.denied());
                if (c.cue().type() == CueType.DENIAL) {
                    shared = shared.filter(OfficialDenialContrastRule::closeEnoughForADenial);
                }
                if (shared.isEmpty()) {
                    continue;
                }
                Match m = new Match(claim, sentence, c, shared.get());
                if (c.cue().type() == CueType.DENIAL) {
                    closest[k] = closest[k] == null || !closer(closest[k], m) ? m : closest[k];
                } else {
                    best.merge(claim.id(), m, OfficialDenialContrastRule::stronger);
                }
            }
        }
        for (Match m : closest) {   // in the denials' order, so that a tie between two goes the same way every run
            if (m != null) {
                best.merge(m.claim().id(), m, OfficialDenialContrastRule::stronger);
            }
        }
        List<Finding> out = new ArrayList<>();
        article.claims().stream().map(c -> best.get(c.id())).filter(m -> m != null).forEach(m ->
                out.add(finding(corpus, article, m.claim(), m.sentence(), m.counter(), m.shared())));
        return Finding.strongest(out, MAX_FINDINGS);   // denials before no-record statements, in a long article
    }

    /** A claim set against a counter-statement, and what the two share. */
    private record Match(Claim claim, Sentence sentence, Counter counter, SameProposition shared) {
    }

    /** The match sharing more: more terms, then a figure subject, then names; the first of equals. */
    private static Match stronger(Match a, Match b) {
        return weight(b.shared()) > weight(a.shared()) ? b : a;
    }

    /** Of two claims set against one denial, the one sharing more with it; then the one nearer to it in the text. */
    private static boolean closer(Match a, Match b) {
        int wa = weight(a.shared());
        int wb = weight(b.shared());
        if (wa != wb) {
            return wa > wb;
        }
        int at = a.counter().sentence().index();
        return Math.abs(a.sentence().index() - at) <= Math.abs(b.sentence().index() - at);
    }

    /**
     * A denial is set against a claim only when the two share a figure subject, two terms of what happens, or one
     * term and a name ("recruited, with Tesmari"): one shared word alone ("aid", "attack") set unrelated statements
     * side by side on the tuning sets (decision 0041).
     */
    private static boolean closeEnoughForADenial(SameProposition p) {
        return !p.figureSubject().isEmpty() || p.terms().size() >= 2 || !p.names().isEmpty();
    }

    /** The name words of the identified sources the claim names. */
    private static Set<String> sourceNames(Claim claim) {
        Set<String> out = new HashSet<>();
        for (Attribution a : claim.attributions()) {
            if (a.kind().isIdentified()) {
                out.addAll(Denials.nameWords(a.sourceName()));
            }
        }
        return out;
    }

    /** More shared terms, then a shared figure subject, then more shared names make a closer pair. */
    private static int weight(SameProposition p) {
        return 100 * p.terms().size() + (p.figureSubject().isEmpty() ? 0 : 50) + p.names().size();
    }

    private static Finding finding(CorpusView corpus, AnalyzedArticle article, Claim claim, Sentence sentence,
                                   Counter counter, SameProposition shared) {
        boolean here = counter.article() == article;
        String where = here ? "later in this article" : "in article " + counter.article().id()
                + (counter.article().article().outlet().isBlank() ? "" : " (" + counter.article().article().outlet() + ")");
        if (here && counter.sentence().index() < sentence.index()) {
            where = "earlier in this article";
        }
        String kind = counter.cue().type() == CueType.DENIAL ? "a denial" : "a statement that there is no record of it";
        String text = "This claim (\"" + quote(article.text(sentence.span())) + "\") is set against " + kind + " " + where
                + ": \"" + quote(counter.article().text(counter.sentence().span())) + "\" (" + shared.describe() + ").";
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
            if (!isCounter(cue) || cue.type() == CueType.DENIAL && !Denials.deniesAStatement(article, cue)) {
                continue;
            }
            Optional<Sentence> sentence = article.sentenceAt(cue.span().start());
            sentence.ifPresent(s -> out.add(new Counter(article, s, cue,
                    new Span(cue.span().start(), Denials.deniedUntil(article, cue, s.span())),
                    Denials.denierNames(article, cue, s))));
        }
        return out;
    }

    /**
     * A denial, or a statement that there is no record of something; not a claimant's failure to show proof, and not
     * "no evidence", "no sign" or "no indication", which on the tuning sets were nearly always about a neighbouring
     * point (a fact-check's verdict, "no indication that his voice was decisive"), never a counter to the claim
     * (decision 0041).
     */
    static boolean isCounter(Cue cue) {
        if (cue.type() == CueType.DENIAL) {
            return true;
        }
        return cue.type() == CueType.NO_EVIDENCE && cue.phrase().toLowerCase(Locale.ROOT).contains("record");
    }

    private static String quote(String s) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() <= QUOTE ? flat : flat.substring(0, QUOTE - 1).strip() + "…";
    }
}
