package org.credence.evaluation.findings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;

import org.credence.api.Span;

/**
 * Draws findings to label from a score report: for each rule, a uniformly random sample of its findings without
 * replacement (all of them when it made fewer), reproducible from the seed, each written with what a labeller needs
 * to judge it and nothing more of the article than a few sentences.
 *
 * <p>Each rule is drawn with its own {@code java.util.Random}, seeded with {@code 31 * seed + ruleId.hashCode()}
 * (both fixed by the Java specification), by a partial Fisher-Yates shuffle of its findings' positions in report
 * order; the sample is then put back in report order. A rule's sample therefore depends only on the seed and that
 * rule's own findings, not on which other rules ran.
 */
public final class FindingsDraw {

    /** Longest context sentence kept, in characters; a longer one is cut with an ellipsis. */
    static final int CONTEXT_CHARS = 400;
    /** Longest claim sentence or quoted evidence kept. */
    static final int SENTENCE_CHARS = 1000;

    /**
     * What to draw.
     *
     * @param set     the set's name, written into every record
     * @param seed    the seed
     * @param perRule how many findings of each rule, at most
     * @param corpus  what was scored, in words
     * @param commit  the Credence commit whose rules made the report
     * @param report  the report's file name
     */
    public record Request(String set, long seed, int perRule, String corpus, String commit, String report) {
        public Request {
            Objects.requireNonNull(set, "set");
            if (perRule < 1) {
                throw new IllegalArgumentException("per rule must be at least 1, was " + perRule);
            }
        }
    }

    private final SentenceSplitter splitter;

    public FindingsDraw(SentenceSplitter splitter) {
        this.splitter = Objects.requireNonNull(splitter);
    }

    /** The drawn findings, unlabelled, by rule id and within a rule in report order. */
    public List<FindingRecord> draw(ScoreReport report, Request request) {
        Map<String, List<ScoreReport.Finding>> byRule = new TreeMap<>();
        for (ScoreReport.Finding f : report.findings()) {
            byRule.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f);
        }
        Map<String, ScoreReport.Article> articles = report.byId();
        Map<String, List<Span>> sentences = new LinkedHashMap<>();
        List<FindingRecord> out = new ArrayList<>();
        byRule.forEach((rule, findings) -> {
            int[] chosen = choose(findings.size(), request.perRule(), new Random(31 * request.seed() + rule.hashCode()));
            DrawOrigin origin = new DrawOrigin(request.set(), request.seed(), request.corpus(), request.commit(),
                    request.report(), findings.size(), chosen.length);
            for (int i : chosen) {
                ScoreReport.Finding f = findings.get(i);
                out.add(new FindingRecord(f.article(), f.claim(), rule, null, "", "",
                        context(f, articles, report.duplicateGroups(), sentences), origin));
            }
        });
        return out;
    }

    /** {@code n} distinct positions of {@code 0..population-1} (all when fewer), chosen uniformly, in ascending order. */
    static int[] choose(int population, int n, Random random) {
        int[] positions = new int[population];
        for (int i = 0; i < population; i++) {
            positions[i] = i;
        }
        int k = Math.min(n, population);
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(population - i);
            int t = positions[i];
            positions[i] = positions[j];
            positions[j] = t;
        }
        int[] chosen = Arrays.copyOf(positions, k);
        Arrays.sort(chosen);
        return chosen;
    }

    private FindingContext context(ScoreReport.Finding f, Map<String, ScoreReport.Article> articles,
                                   Map<String, List<String>> groups, Map<String, List<Span>> cache) {
        ScoreReport.Article a = articles.get(f.article());
        if (a == null) {
            throw new IllegalStateException("finding of an article the report does not hold: " + f.article());
        }
        List<Span> sentences = cache.computeIfAbsent(a.id(), k -> splitter.sentences(a.text(), a.headline()));
        String before = "";
        String sentence = "";
        String after = "";
        String lead = "";
        var claim = a.claim(f.claim());
        if (claim.isPresent()) {
            Span span = claim.get().span();
            int at = indexOf(sentences, span);
            if (at < 0) {
                sentence = cut(claim.get().quote(), SENTENCE_CHARS);
            } else {
                sentence = cut(quote(a, sentences.get(at)), SENTENCE_CHARS);
                before = at > 0 && !isHeadline(a, sentences.get(at - 1)) ? cutLeft(quote(a, sentences.get(at - 1))) : "";
                after = at + 1 < sentences.size() ? cut(quote(a, sentences.get(at + 1)), CONTEXT_CHARS) : "";
            }
        } else {
            lead = lead(a, sentences);
        }
        List<FindingContext.EvidenceQuote> evidence = f.evidence().stream()
                .map(e -> new FindingContext.EvidenceQuote(e.label(), cut(e.quote(), SENTENCE_CHARS))).toList();
        List<FindingContext.OtherClaim> related = new ArrayList<>();
        for (ScoreReport.Related r : f.related()) {
            ScoreReport.Article other = articles.get(r.article());
            String otherSentence = other == null ? "" : other.claim(r.claim()).map(c -> cut(c.quote(), SENTENCE_CHARS)).orElse("");
            related.add(new FindingContext.OtherClaim(r.article(), r.claim(), r.relation(),
                    other == null ? "" : other.outlet(), other == null ? "" : other.title(), otherSentence));
        }
        List<FindingContext.OtherArticle> copies = new ArrayList<>();
        for (String id : groups.getOrDefault(a.duplicateGroup(), List.of())) {
            ScoreReport.Article other = articles.get(id);
            if (!id.equals(a.id()) && other != null) {
                List<Span> otherSentences = cache.computeIfAbsent(id, k -> splitter.sentences(other.text(), other.headline()));
                copies.add(new FindingContext.OtherArticle(id, other.outlet(), other.title(), lead(other, otherSentences)));
            }
        }
        return new FindingContext(a.title(), a.outlet(), a.date(), before, sentence, after, lead, f.explanation(),
                f.strength(), evidence, related, copies);
    }

    /** The sentence that holds the claim's start. */
    private static int indexOf(List<Span> sentences, Span claim) {
        for (int i = 0; i < sentences.size(); i++) {
            Span s = sentences.get(i);
            if (s.contains(claim.start()) || s.start() == claim.start()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isHeadline(ScoreReport.Article a, Span sentence) {
        return !a.headline().isEmpty() && a.headline().contains(sentence);
    }

    private static String lead(ScoreReport.Article a, List<Span> sentences) {
        return sentences.stream().filter(s -> !isHeadline(a, s)).findFirst()
                .map(s -> cut(quote(a, s), CONTEXT_CHARS)).orElse("");
    }

    private static String quote(ScoreReport.Article a, Span s) {
        return s.fitsIn(a.text().length()) ? s.in(a.text()).strip() : "";
    }

    static String cut(String s, int max) {
        String oneLine = s.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1).stripTrailing() + "\u2026";
    }

    /** The end of a long sentence before the claim, which is the part nearest to it. */
    private static String cutLeft(String s) {
        String oneLine = s.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= CONTEXT_CHARS ? oneLine
                : "\u2026" + oneLine.substring(oneLine.length() - CONTEXT_CHARS + 1).stripLeading();
    }
}
