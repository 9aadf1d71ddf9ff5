package org.credence.rules.altered;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Quantity;
import org.credence.api.Sentence;
import org.credence.api.Span;
import org.credence.api.Token;
import org.credence.api.Words;

/**
 * Compares two sentences that stand for each other in two copies of one article and names the facts in which they
 * differ: a figure (the same thing counted differently), a cause of harm, an actor, a place or a date.
 *
 * <p>Figures are compared through the analysis (same head noun, another number). Everything else comes from where the
 * wording differs: the two sentences' words are aligned (longest common subsequence) and each stretch that one
 * sentence replaces with another is read. It is a different cause when both stretches name a cause and share no
 * class of cause ({@link FactWords}); a different actor likewise, or when the forces are of another nation; a
 * different place when both name a place (a capitalised name after "in", "near" and the like, or beside "province",
 * "town") and the names differ; a different date when both hold a date and the dates differ. A stretch that only
 * rewords ("blast" for "explosion", "army" for "military") is not a difference of fact.
 */
final class FactDifferences {

    /** What kind of fact differs. */
    enum Kind {
        FIGURE("figure"), CAUSE("cause"), ACTOR("actor"), VICTIMS("victims"), PLACE("place"), DATE("date");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /**
     * One fact that differs.
     *
     * @param kind      what kind of fact
     * @param span      where this article's version stands
     * @param version   this article's version, as written
     * @param other     the other article's version, as written
     */
    record Difference(Kind kind, Span span, String version, String other) {
    }

    /** A replaced stretch longer than this rewrites a whole clause; it names no single fact. */
    static final int MAX_STRETCH = 8;

    private FactDifferences() {
    }

    /** A sentence's words (punctuation left out) with where each stands. */
    private record SentenceWords(String text, List<Token> tokens, String[] lower) {

        static SentenceWords of(AnalyzedArticle a, Sentence s) {
            List<Token> kept = new ArrayList<>();
            for (Token t : s.tokens()) {
                String w = t.span().in(a.text());
                if (!w.isEmpty() && Character.isLetterOrDigit(w.charAt(0))) {
                    kept.add(t);
                }
            }
            String[] lower = new String[kept.size()];
            for (int i = 0; i < lower.length; i++) {
                lower[i] = kept.get(i).span().in(a.text()).toLowerCase(Locale.ROOT);
            }
            return new SentenceWords(a.text(), kept, lower);
        }

        String raw(int i) {
            return tokens.get(i).span().in(text);
        }

        Span span(int from, int to) {
            return new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
        }
    }

    /** The facts in which sentence {@code s} of {@code a} differs from sentence {@code t} of {@code b}. */
    static List<Difference> between(AnalyzedArticle a, Sentence s, AnalyzedArticle b, Sentence t) {
        List<Difference> out = new ArrayList<>();
        figures(a, s, b, t, out);
        SentenceWords x = SentenceWords.of(a, s);
        SentenceWords y = SentenceWords.of(b, t);
        for (int[] hunk : replacements(x.lower(), y.lower())) {
            Difference d = classify(x, hunk[0], hunk[1], y, hunk[2], hunk[3]);
            if (d != null && out.stream().noneMatch(o -> o.span().overlaps(d.span()))) {
                out.add(d);
            }
        }
        return out;
    }

    /** Figures about the same thing with another number. */
    private static void figures(AnalyzedArticle a, Sentence s, AnalyzedArticle b, Sentence t, List<Difference> out) {
        List<Quantity> ours = within(a, s);
        List<Quantity> theirs = within(b, t);
        for (Quantity q : ours) {
            if (q.noun().isEmpty()) {
                continue;
            }
            List<Quantity> same = theirs.stream().filter(o -> singular(o.noun()).equals(singular(q.noun()))
                    && o.kind() == q.kind()).toList();
            if (!same.isEmpty() && same.stream().noneMatch(o -> o.low() == q.low() && o.high() == q.high())) {
                Quantity o = same.get(0);
                out.add(new Difference(Kind.FIGURE, q.span(), a.text(q.span()), b.text(o.span())));
            }
        }
    }

    private static List<Quantity> within(AnalyzedArticle a, Sentence s) {
        return a.quantities().stream().filter(q -> s.span().contains(q.span())).toList();
    }

    private static String singular(String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        return n.endsWith("s") && n.length() > 3 ? n.substring(0, n.length() - 1) : n;
    }

    /**
     * The stretches where one word sequence replaces another, as {fromA, toA, fromB, toB} (ends exclusive), both
     * non-empty, from a longest-common-subsequence alignment of the words.
     */
    static List<int[]> replacements(String[] a, String[] b) {
        int n = a.length;
        int m = b.length;
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[i].equals(b[j])) {
                i++;
                j++;
                continue;
            }
            int gi = i;
            int gj = j;
            while ((gi < n || gj < m) && !(gi < n && gj < m && a[gi].equals(b[gj]))) {
                if (gj >= m || gi < n && lcs[gi + 1][gj] >= lcs[gi][gj + 1]) {
                    gi++;
                } else {
                    gj++;
                }
            }
            if (gi > i && gj > j) {
                out.add(new int[] {i, gi, j, gj});
            }
            i = gi;
            j = gj;
        }
        return out;
    }

    private static Difference classify(SentenceWords x, int xa, int xb, SentenceWords y, int ya, int yb) {
        if (xb - xa > MAX_STRETCH || yb - ya > MAX_STRETCH) {
            return null;
        }
        // a class the other sentence names elsewhere is the same fact put in another place, not another fact
        if (differ(x, xa, xb, y, ya, yb, FactWords::causeClass, true)) {
            return difference(Kind.CAUSE, x, xa, xb, y, ya, yb);
        }
        if (isDate(x, xa, xb) && isDate(y, ya, yb)) {
            return difference(Kind.DATE, x, xa, xb, y, ya, yb);
        }
        if (isActorChange(x, xa, xb, y, ya, yb)) {
            return difference(Kind.ACTOR, x, xa, xb, y, ya, yb);
        }
        // the victims' class is compared in the stretches alone: the same words elsewhere often name the attackers
        if (differ(x, xa, xb, y, ya, yb, FactWords::victimClass, false)) {
            return difference(Kind.VICTIMS, x, xa, xb, y, ya, yb);
        }
        Set<String> placeX = placeNames(x, xa, xb);
        Set<String> placeY = placeNames(y, ya, yb);
        placeX.removeAll(names(y));
        placeY.removeAll(names(x));
        if (!placeX.isEmpty() && !placeY.isEmpty()) {
            return difference(Kind.PLACE, x, xa, xb, y, ya, yb);
        }
        return null;
    }

    /**
     * Both stretches name a class of the given kind and share none; with {@code elsewhere}, neither names one the
     * other sentence names anywhere (a class named elsewhere in the other sentence is the same fact moved).
     */
    private static boolean differ(SentenceWords x, int xa, int xb, SentenceWords y, int ya, int yb,
                                  java.util.function.Function<String, String> classOf, boolean elsewhere) {
        Set<String> cx = classes(x, xa, xb, classOf);
        Set<String> cy = classes(y, ya, yb, classOf);
        if (cx.isEmpty() || cy.isEmpty()) {
            return false;
        }
        return elsewhere ? disjoint(cx, classes(y, 0, y.lower().length, classOf))
                && disjoint(cy, classes(x, 0, x.lower().length, classOf)) : disjoint(cx, cy);
    }

    private static Difference difference(Kind kind, SentenceWords x, int xa, int xb, SentenceWords y, int ya, int yb) {
        Span ours = x.span(xa, xb);
        Span theirs = y.span(ya, yb);
        return new Difference(kind, ours, ours.in(x.text()), theirs.in(y.text()));
    }

    private static Set<String> classes(SentenceWords w, int from, int to, java.util.function.Function<String, String> classOf) {
        Set<String> out = new HashSet<>();
        for (int i = from; i < to; i++) {
            String c = classOf.apply(w.lower()[i]);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Another actor: forces of another nation ("Russian forces" for "Syrian forces"), another kind of actor
     * ("rebels" for "the army"), or another agent after "by" ("killed by ISIS" for "killed by regime forces").
     */
    private static boolean isActorChange(SentenceWords x, int xa, int xb, SentenceWords y, int ya, int yb) {
        Set<String> nx = nations(x, xa, xb);
        Set<String> ny = nations(y, ya, yb);
        if (!nx.isEmpty() && !ny.isEmpty()) {
            return disjoint(nx, nations(y, 0, y.lower().length)) && disjoint(ny, nations(x, 0, x.lower().length));
        }
        Set<String> ax = classes(x, xa, xb, FactWords::actorClass);
        Set<String> ay = classes(y, ya, yb, FactWords::actorClass);
        if (!ax.isEmpty() && !ay.isEmpty()) {
            return disjoint(ax, classes(y, 0, y.lower().length, FactWords::actorClass))
                    && disjoint(ay, classes(x, 0, x.lower().length, FactWords::actorClass));
        }
        // a named group for a kind of actor ("ISIS" for "the Assad regime"), or two names after "by"
        boolean agent = xa > 0 && ya > 0 && x.lower()[xa - 1].equals("by") && y.lower()[ya - 1].equals("by");
        boolean actorEither = !ax.isEmpty() || !ay.isEmpty() || agent;
        return actorEither && (hasName(x, xa, xb) || !ax.isEmpty()) && (hasName(y, ya, yb) || !ay.isEmpty())
                && !isPlaced(x, xa, xb) && !isPlaced(y, ya, yb)
                && disjoint(words(x, xa, xb), words(y, 0, y.lower().length))
                && disjoint(words(y, ya, yb), words(x, 0, x.lower().length));
    }

    /** True when a stretch stands as a place: after "in", "near" and the like, or beside a place noun. */
    private static boolean isPlaced(SentenceWords w, int from, int to) {
        return from > 0 && (FactWords.PLACE_PREPOSITIONS.contains(w.lower()[from - 1])
                || FactWords.PLACE_NOUNS.contains(w.lower()[from - 1]))
                || to < w.lower().length && FactWords.PLACE_NOUNS.contains(w.lower()[to]);
    }

    /** Nations that qualify an actor in a stretch: the stretch, or the word after it, names a kind of actor. */
    private static Set<String> nations(SentenceWords w, int from, int to) {
        boolean actor = to < w.lower().length && FactWords.actorClass(w.lower()[to]) != null
                || !classes(w, from, to, FactWords::actorClass).isEmpty();
        Set<String> out = new HashSet<>();
        for (int i = from; i < to && actor; i++) {
            if (FactWords.isNationality(w.raw(i))) {
                out.add(w.lower()[i]);
            }
        }
        return out;
    }

    private static boolean hasName(SentenceWords w, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isName(w, i)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> words(SentenceWords w, int from, int to) {
        Set<String> out = new HashSet<>();
        for (int i = from; i < to; i++) {
            if (w.lower()[i].length() > 3) {
                out.add(w.lower()[i]);
            }
        }
        return out;
    }

    private static boolean isDate(SentenceWords w, int from, int to) {
        for (int i = from; i < to; i++) {
            if (FactWords.isDateWord(w.lower()[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Capitalised names in a stretch that stand as a place: after a place preposition (just before the stretch or
     * in it), or beside a place noun.
     */
    private static Set<String> placeNames(SentenceWords w, int from, int to) {
        boolean placed = isPlaced(w, from, to);
        Set<String> names = new HashSet<>();
        for (int i = from; i < to; i++) {
            placed |= FactWords.PLACE_PREPOSITIONS.contains(w.lower()[i]) || FactWords.PLACE_NOUNS.contains(w.lower()[i]);
            if (isName(w, i) && !FactWords.isNationality(w.raw(i)) && FactWords.actorClass(w.lower()[i]) == null
                    && !FactWords.isDateWord(w.lower()[i])) {
                names.add(stem(w.lower()[i]));
            }
        }
        return placed ? names : new HashSet<>();
    }

    private static boolean isName(SentenceWords w, int i) {
        String raw = w.raw(i);
        return i > 0 && Character.isUpperCase(raw.charAt(0)) && raw.length() > 1;
    }

    /** Every capitalised word of a sentence but its first. */
    private static Set<String> names(SentenceWords w) {
        Set<String> out = new HashSet<>();
        for (int i = 1; i < w.lower().length; i++) {
            if (isName(w, i)) {
                out.add(stem(w.lower()[i]));
            }
        }
        return out;
    }

    /** The API's stem: "Syria" and "Syrias", "Aleppo" and "Aleppos" meet, as they do in every other rule. */
    private static String stem(String name) {
        return Words.stem(name);
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        for (String s : a) {
            if (b.contains(s)) {
                return false;
            }
        }
        return true;
    }
}
