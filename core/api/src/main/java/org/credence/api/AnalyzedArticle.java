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

    /**
     * Whether an offset stands inside quotation marks opened earlier in its sentence and not closed before it:
     * someone's quoted words, which the article reports rather than asserts. Straight (<code>"</code>), curly
     * (<code>\u201c \u201d</code>), angle (<code>\u00ab \u00bb</code>) and typewriter (<code>`` ''</code>) marks
     * count, and two apostrophes close a quotation a straight mark opened, as some wires write it. A quotation
     * that runs over several sentences is seen only in the sentence where it opens. Since API 2.2.0.
     *
     * @param offset a position in {@link #text()}
     * @return true when the offset is inside a quotation
     */
    public boolean insideQuotation(int offset) {
        Optional<Sentence> sentence = sentenceAt(offset);
        if (sentence.isEmpty()) {
            return false;
        }
        int straight = 0;
        int open = 0;
        for (int i = sentence.get().span().start(); i < offset; i++) {
            char c = text.charAt(i);
            boolean pair = i + 1 < offset && text.charAt(i + 1) == c;
            if (c == '"') {
                straight++;
            } else if (c == '\u201c' || c == '\u00ab' || c == '`' && pair) {
                open++;
                i += c == '`' ? 1 : 0;
            } else if (c == '\'' && pair) {
                if (straight % 2 == 1) {
                    straight++;
                } else {
                    open = Math.max(0, open - 1);
                }
                i++;
            } else if (c == '\u201d' || c == '\u00bb') {
                open = Math.max(0, open - 1);
            }
        }
        return straight % 2 == 1 || open > 0;
    }

    /**
     * The attributions made in one sentence: those whose cue ("said", "according to") stands in it. Rules ask this
     * of a claim's neighbours ("..., Katz writes." in the next sentence) and of a denial's sentence. Since API 2.2.0.
     *
     * @param sentenceIndex a sentence's {@link Sentence#index()}
     * @return its attributions in text order; empty for an index no sentence has
     */
    public List<Attribution> attributionsIn(int sentenceIndex) {
        if (sentenceIndex < 0 || sentenceIndex >= sentences.size()) {
            return List.of();
        }
        Span span = sentences.get(sentenceIndex).span();
        return attributions.stream().filter(a -> span.contains(a.cue().start())).toList();
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
