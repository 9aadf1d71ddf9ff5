package org.credence.engine.corpus;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Approximation;
import org.credence.api.Attribution;
import org.credence.api.Claim;
import org.credence.api.ClaimLink;
import org.credence.api.Quantity;
import org.credence.api.Relation;
import org.credence.api.Sentence;
import org.credence.api.Token;
import org.credence.api.Words;

/**
 * Links claims of different articles that give a figure about the same thing: the same figure (from an independent
 * source or from a copy of the same article) or a conflicting one.
 *
 * <p>"The same thing" means the same subject (head nouns in one group of the {@code subjects} lexicon, or the same
 * noun), the same kind of quantity, no clashing qualifier ("Syrian fighters" are not "Russian soldiers"), both or
 * neither about casualties, and at least two names, nouns or qualifiers in common around them (three when the
 * subject is crowded). Figures are bucketed by subject,
 * so the work grows with the number of figures about each subject, not with the square of the corpus.
 */
final class ClaimLinker {

    /** Figures within this relative distance of each other are the same figure. */
    static final double TOLERANCE = 0.15;
    private static final int CROWDED_BUCKET = 400;
    /** In a crowded bucket, a context word shared by more figures than this says nothing about the story. */
    private static final int RARE_WORD = 40;
    private static final int MAX_LINKS_PER_CLAIM = 20;

    private final Subjects subjects;

    ClaimLinker(Subjects subjects) {
        this.subjects = subjects;
    }

    /**
     * What the linker keeps of one figure of one claim: a few hundred bytes, so that the figures of a whole corpus fit
     * where its analysed articles would not. Words are kept as hashes of their stems ({@link Words#stem}), sorted.
     *
     * @param articleId  the article's id
     * @param claimId    the claim that states the figure
     * @param bucket     the figure's subject and kind: only figures of one bucket are compared
     * @param subject    the subject ("fighters"), the group's name when the lexicon groups it
     * @param qualifiers adjectives and names between the number and its noun ("Syrian")
     * @param context    the other names and nouns of the sentence
     * @param casualty   whether the sentence speaks of casualties
     * @param sources    the claim's named sources, in lower case without a leading "the"
     */
    record Figure(String articleId, String claimId, String bucket, String subject, Approximation approximation,
                  double value, double low, double high, int[] qualifiers, int[] context, boolean casualty,
                  int[] sources) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /** The figures of one article that can be linked: those whose subject the linker knows. */
    List<Figure> figures(AnalyzedArticle article) {
        List<Figure> out = new ArrayList<>();
        for (Claim c : article.claims()) {
            for (Quantity q : c.quantities()) {
                Figure f = figure(article, c, q);
                if (!f.subject().isEmpty()) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /**
     * Links the figures of a corpus, given in article order.
     *
     * @param originOf each article's origin (the first article of its group of copies), by id
     */
    Map<String, List<ClaimLink>> link(List<Figure> figures, UnaryOperator<String> originOf) {
        Map<String, List<Figure>> bySubject = new LinkedHashMap<>();
        for (Figure f : figures) {
            bySubject.computeIfAbsent(f.bucket(), k -> new ArrayList<>()).add(f);
        }
        Map<String, List<ClaimLink>> links = new HashMap<>();
        for (List<Figure> bucket : bySubject.values()) {
            boolean crowded = bucket.size() > CROWDED_BUCKET;
            int minOverlap = crowded ? 3 : 2;
            for (long pair : candidatePairs(bucket, crowded)) {
                Figure f = bucket.get((int) (pair >>> 32));
                Figure g = bucket.get((int) pair);
                if (f.articleId().equals(g.articleId())) {
                    continue;
                }
                boolean sameOrigin = originOf.apply(f.articleId()).equals(originOf.apply(g.articleId()));
                if (!comparable(f, g, sameOrigin ? 0 : minOverlap)) {
                    continue;
                }
                boolean agree = agree(f, g);
                Relation relation = sameOrigin ? Relation.SAME_ORIGIN
                        : agree ? Relation.SAME_FIGURE : Relation.CONFLICTING_FIGURE;
                if (sameOrigin && !agree) {
                    continue;
                }
                boolean independent = !sameOrigin && !shareAny(f.sources(), g.sources());
                add(links, f, g, relation, independent);
                add(links, g, f, relation, independent);
            }
        }
        return links;
    }

    /**
     * Pairs (x, y), x < y, packed in a long, in ascending order. A small bucket pairs everything; a crowded one (a
     * common subject such as "people" across thousands of articles) pairs only figures that share a context word
     * that few figures of the bucket have, so the work stays near-linear in the corpus.
     */
    private static long[] candidatePairs(List<Figure> bucket, boolean crowded) {
        int n = bucket.size();
        if (!crowded) {
            long[] all = new long[n * (n - 1) / 2];
            int k = 0;
            for (int x = 0; x < n; x++) {
                for (int y = x + 1; y < n; y++) {
                    all[k++] = ((long) x << 32) | y;
                }
            }
            return all;
        }
        Map<Integer, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (int w : bucket.get(i).context()) {
                postings.computeIfAbsent(w, key -> new ArrayList<>()).add(i);
            }
        }
        long[] pairs = new long[1024];
        int size = 0;
        for (List<Integer> list : postings.values()) {
            if (list.size() < 2 || list.size() > RARE_WORD) {
                continue;
            }
            for (int a = 0; a < list.size(); a++) {
                for (int b = a + 1; b < list.size(); b++) {
                    if (size == pairs.length) {
                        pairs = Arrays.copyOf(pairs, size * 2);
                    }
                    pairs[size++] = ((long) list.get(a) << 32) | list.get(b);
                }
            }
        }
        // sorted and without repeats, in longs rather than a set of boxed pairs: a crowded bucket has millions
        Arrays.sort(pairs, 0, size);
        int distinct = 0;
        for (int k = 0; k < size; k++) {
            if (distinct == 0 || pairs[distinct - 1] != pairs[k]) {
                pairs[distinct++] = pairs[k];
            }
        }
        return Arrays.copyOf(pairs, distinct);
    }

    private static void add(Map<String, List<ClaimLink>> links, Figure from, Figure to, Relation relation,
                            boolean independent) {
        List<ClaimLink> list = links.computeIfAbsent(from.claimId(), k -> new ArrayList<>());
        // a claim with two figures about one thing is linked once per relation with each claim of the other article
        boolean known = list.stream().anyMatch(l -> l.otherClaimId().equals(to.claimId()) && l.relation() == relation);
        if (list.size() < MAX_LINKS_PER_CLAIM && !known) {
            list.add(new ClaimLink(from.claimId(), to.claimId(), to.articleId(), relation, independent,
                    from.subject()));
        }
    }

    private static boolean comparable(Figure f, Figure g, int minOverlap) {
        if (f.casualty() != g.casualty()) {
            return false;
        }
        boolean qualifiersShared = shareAny(f.qualifiers(), g.qualifiers());
        if (f.qualifiers().length > 0 && g.qualifiers().length > 0 && !qualifiersShared) {
            return false;
        }
        // a shared qualifier ("Syrian fighters" and "Syrian personnel") counts as much as a shared name or noun
        int overlap = qualifiersShared ? 1 : 0;
        if (overlap >= minOverlap) {
            return true;
        }
        for (int w : f.context()) {
            if (Arrays.binarySearch(g.context(), w) >= 0 && ++overlap >= minOverlap) {
                return true;
            }
        }
        return overlap >= minOverlap;
    }

    /** Whether two sorted arrays share a value. */
    private static boolean shareAny(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                return true;
            }
            if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    /** Two figures agree when their values lie within the tolerance, or their ranges overlap. */
    static boolean agree(Figure a, Figure b) {
        if (a.approximation() == Approximation.RANGE || b.approximation() == Approximation.RANGE) {
            return a.low() * (1 - TOLERANCE) <= b.high() && b.low() * (1 - TOLERANCE) <= a.high();
        }
        double x = a.value();
        double y = b.value();
        return Math.abs(x - y) <= TOLERANCE * Math.max(Math.abs(x), Math.abs(y));
    }

    private Figure figure(AnalyzedArticle a, Claim c, Quantity q) {
        String text = a.text();
        Sentence sentence = a.sentences().get(c.sentenceIndex());
        Set<Integer> qualifiers = new HashSet<>();
        Set<Integer> context = new HashSet<>();
        boolean casualty = false;
        for (Token t : sentence.tokens()) {
            String w = t.span().in(text).toLowerCase(Locale.ROOT);
            casualty |= subjects.isCasualtyWord(w);
            boolean between = !q.nounSpan().isEmpty() && t.span().start() >= q.span().end()
                    && t.span().end() <= q.nounSpan().start();
            if (between && (t.tag().equals("ADJ") || t.tag().equals("PROPN"))) {
                qualifiers.add(Words.stem(w).hashCode());   // the plugin API's stem: rules and links cut words alike
            }
            if ((t.tag().equals("PROPN") || t.tag().equals("NOUN")) && !t.span().equals(q.nounSpan())
                    && !q.span().contains(t.span()) && w.length() > 2) {
                context.add(Words.stem(w).hashCode());
            }
        }
        Set<Integer> sources = new HashSet<>();
        for (Attribution at : c.attributions()) {
            if (!at.sourceName().isBlank()) {
                sources.add(at.sourceName().toLowerCase(Locale.ROOT).replaceFirst("^the ", "").hashCode());
            }
        }
        String subject = subjects.of(q.noun()).intern();   // a few hundred subjects, repeated in every article
        return new Figure(a.id(), c.id(), (subject + "/" + q.kind()).intern(), subject, q.approximation(),
                q.value(), q.low(), q.high(), sorted(qualifiers), sorted(context), casualty, sorted(sources));
    }

    private static int[] sorted(Set<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
}
