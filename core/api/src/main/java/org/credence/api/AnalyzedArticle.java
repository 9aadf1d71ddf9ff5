package org.credence.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article after analysis: its text, sentences and everything the extractors found, with claims built on them.
 * All spans point into {@link #text()}.
 *
 * @param article      the article as read
 * @param text         the analysed text: the headline, a blank line and the body, or the body alone
 * @param headline     where the headline stands in {@code text}, or {@link Span#EMPTY}
 * @param sentences    every sentence, the headline first when there is one
 * @param quantities   every figure, in text order
 * @param attributions every attribution, statements and beliefs ({@link AttributionType}), in text order
 * @param cues         every hedge, weasel phrase, denial and absence-of-evidence cue, in text order
 * @param claims       the sentences that assert something checkable, in text order
 */
public record AnalyzedArticle(Article article, String text, Span headline, List<Sentence> sentences,
                              List<Quantity> quantities, List<Attribution> attributions, List<Cue> cues,
                              List<Claim> claims) {

    public AnalyzedArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(headline, "headline");
        sentences = List.copyOf(sentences);
        quantities = List.copyOf(quantities);
        attributions = List.copyOf(attributions);
        cues = List.copyOf(cues);
        claims = List.copyOf(claims);
    }

    /** @return the article's id */
    public String id() {
        return article.id();
    }

    /** @return the characters a span covers */
    public String text(Span span) {
        return span.in(text);
    }

    /** @return true when the article has a headline */
    public boolean hasHeadline() {
        return !headline.isEmpty();
    }

    /** @return the claim with this id, if it belongs to this article */
    public Optional<Claim> claim(String claimId) {
        return claims.stream().filter(c -> c.id().equals(claimId)).findFirst();
    }

    /** @return the claim made from the headline, if the headline asserts something */
    public Optional<Claim> headlineClaim() {
        return hasHeadline() ? claims.stream().filter(c -> headline.contains(c.span())).findFirst() : Optional.empty();
    }

    /** @return the sentence that contains the offset, if any */
    public Optional<Sentence> sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (s.span().contains(offset)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
