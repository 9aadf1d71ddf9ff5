package org.credence.app.workbench.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Claim;
import org.credence.api.ClaimLink;
import org.credence.api.Words;

/**
 * A claim beside a sentence of another article that a finding points to: what the compare view shows. Built from
 * the corpus without Swing, so tests check it directly.
 *
 * @param article      the claim's article
 * @param claim        the claim under review
 * @param otherArticle the article the evidence is in
 * @param otherClaim   the sentence there
 * @param relation     how the two relate, in words ("conflicting figure")
 * @param subject      what the link is about, as the corpus named it ("" when it named nothing)
 * @param shared       the words both sentences use (content words, by stem, in the claim's order)
 */
public record Comparison(AnalyzedArticle article, Claim claim, AnalyzedArticle otherArticle, Claim otherClaim,
                         String relation, String subject, List<String> shared) {

    private static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "that", "this", "with", "from", "have",
            "has", "had", "were", "was", "are", "for", "not", "but", "said", "says", "its", "their", "they", "than",
            "which", "will", "would", "been", "also", "into", "about", "after", "more", "over", "some");

    public Comparison {
        shared = List.copyOf(shared);
    }

    /** The claim's text, on one line. */
    public String claimText() {
        return oneLine(article.text(claim.span()));
    }

    /** The other sentence's text, on one line. */
    public String otherText() {
        return oneLine(otherArticle.text(otherClaim.span()));
    }

    static Comparison of(AnalyzedArticle article, Claim claim, AnalyzedArticle other, Claim otherClaim,
                         ClaimLink link) {
        return new Comparison(article, claim, other, otherClaim,
                link.relation().name().toLowerCase(Locale.ROOT).replace('_', ' '), link.subject(),
                sharedWords(article.text(claim.span()), other.text(otherClaim.span())));
    }

    /** The words of {@code a} whose stem also occurs in {@code b}: numbers as written, words of three letters up. */
    static List<String> sharedWords(String a, String b) {
        Set<String> stemsOfB = new LinkedHashSet<>();
        for (String w : words(b)) {
            stemsOfB.add(key(w));
        }
        Set<String> out = new LinkedHashSet<>();
        for (String w : words(a)) {
            if (stemsOfB.contains(key(w))) {
                out.add(w);
            }
        }
        return List.copyOf(out);
    }

    private static List<String> words(String text) {
        return List.of(text.split("[^\\p{L}\\p{N}.,%]+")).stream()
                .map(w -> w.replaceAll("^[.,]+|[.,]+$", ""))
                .filter(w -> w.chars().anyMatch(Character::isDigit) || w.length() >= 3)
                .filter(w -> !FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT)))
                .toList();
    }

    private static String key(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.chars().anyMatch(Character::isDigit) ? w.replace(",", "") : Words.stem(Words.singular(w));
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
