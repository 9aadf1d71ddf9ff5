package org.credence.rules.copied;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Sentence;
import org.credence.api.Token;

/**
 * Aligns the words of two texts (longest common subsequence) and collects the places where one word stands in for
 * another: a paraphrasing tool's fingerprint ("mentioned" for "said"). Texts are cut to a few thousand words so the
 * alignment stays cheap.
 */
final class WordSubstitutions {

    /** Words compared from each text at most; enough for any news story, small enough for a quadratic table. */
    static final int MAX_WORDS = 1_500;

    /** One word replaced by another. */
    record Swap(String original, String replacement) {
    }

    /**
     * Result: the distinct swaps found (first occurrence of each, in text order), how many single-word swaps there were
     * in all, how many words the texts share in order, and how many words were compared.
     */
    record Alignment(List<Swap> swaps, int swapCount, int kept, int compared) {
        double swapRate() {
            return compared == 0 ? 0 : (double) swapCount / compared;
        }

        double keptRate() {
            return compared == 0 ? 0 : (double) kept / compared;
        }
    }

    private WordSubstitutions() {
    }

    static Alignment align(AnalyzedArticle ours, AnalyzedArticle theirs) {
        String[] a = words(ours);
        String[] b = words(theirs);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        Map<String, Swap> swaps = new LinkedHashMap<>();
        int i = 0;
        int j = 0;
        int swapCount = 0;
        while (i < a.length && j < b.length) {
            if (a[i].equals(b[j])) {
                i++;
                j++;
                continue;
            }
            // a gap: words of ours not in theirs and words of theirs not in ours, until the next common word
            int gi = i;
            int gj = j;
            while (gi < a.length && gj < b.length && !a[gi].equals(b[gj])) {
                if (lcs[gi + 1][gj] >= lcs[gi][gj + 1]) {
                    gi++;
                } else {
                    gj++;
                }
            }
            if (gi - i == 1 && gj - j == 1 && Character.isLetter(a[i].charAt(0)) && Character.isLetter(b[j].charAt(0))) {
                swaps.putIfAbsent(b[j] + ">" + a[i], new Swap(b[j], a[i]));
                swapCount++;
            }
            i = gi;
            j = gj;
        }
        return new Alignment(new ArrayList<>(swaps.values()), swapCount, lcs[0][0], Math.min(a.length, b.length));
    }

    private static String[] words(AnalyzedArticle article) {
        List<String> out = new ArrayList<>();
        String text = article.text();
        for (Sentence s : article.sentences()) {
            if (s.headline()) {
                continue;
            }
            for (Token t : s.tokens()) {
                if (!t.tag().equals("PUNCT") && out.size() < MAX_WORDS) {
                    out.add(t.span().in(text).toLowerCase(Locale.ROOT));
                }
            }
        }
        return out.toArray(String[]::new);
    }
}
