package org.credence.evaluation.metrics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.BiPredicate;

import org.credence.api.Span;

/**
 * Pairs predicted spans with gold spans one to one, each predicted span taking the first gold span it matches that
 * no earlier one took. Exact matching wants the same characters once surrounding white space and punctuation are
 * trimmed; overlapping matching wants one shared character. Repeated spans count once.
 */
public final class SpanMatching {

    private SpanMatching() {
    }

    public static Counts exact(String text, List<Span> predicted, List<Span> gold) {
        return match(dedupe(trimAll(text, predicted)), dedupe(trimAll(text, gold)), Span::equals);
    }

    public static Counts overlapping(String text, List<Span> predicted, List<Span> gold) {
        return match(dedupe(trimAll(text, predicted)), dedupe(trimAll(text, gold)), Span::overlaps);
    }

    static Counts match(List<Span> predicted, List<Span> gold, BiPredicate<Span, Span> matches) {
        boolean[] taken = new boolean[gold.size()];
        int tp = 0;
        for (Span p : predicted) {
            for (int g = 0; g < gold.size(); g++) {
                if (!taken[g] && matches.test(p, gold.get(g))) {
                    taken[g] = true;
                    tp++;
                    break;
                }
            }
        }
        return new Counts(tp, predicted.size() - tp, gold.size() - tp);
    }

    private static List<Span> dedupe(List<Span> spans) {
        return new ArrayList<>(new LinkedHashSet<>(spans));
    }

    private static List<Span> trimAll(String text, List<Span> spans) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            Span t = trim(text, s);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    static Span trim(String text, Span span) {
        int start = span.start();
        int end = Math.min(span.end(), text.length());
        while (start < end && trimmable(text.charAt(start))) {
            start++;
        }
        while (end > start && trimmable(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, Math.max(start, end));
    }

    private static boolean trimmable(char c) {
        return Character.isWhitespace(c) || ",.;:\"'“”‘’()[]".indexOf(c) >= 0;
    }
}
