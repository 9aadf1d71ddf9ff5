package org.credence.api;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * How two articles that copy one another line up, sentence by sentence: which sentence of one stands for which of
 * the other, in order. Computed once by the engine for every pair of copies (in groups of up to twelve; in larger
 * groups for the pairs that joined them), so a rule can compare what the two say sentence for sentence.
 *
 * @param articleId      the first article
 * @param otherArticleId the other article
 * @param sentences      the aligned pairs, in the order of both articles; sentences with no counterpart are absent
 * @param sharedWording  the share, 0..1, of the shorter article's wording (three-word phrases outside quotations)
 *                       that the aligned sentences repeat
 * @param rewritten      true when the pair was found as a rewrite (sentences aligned by content), false when found by
 *                       their shared word pattern (copies and machine-paraphrased copies)
 */
public record CopyAlignment(String articleId, String otherArticleId, List<AlignedSentences> sentences,
                            double sharedWording, boolean rewritten) implements Serializable {

    public CopyAlignment {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(otherArticleId, "otherArticleId");
        sentences = List.copyOf(sentences);
    }

    /** @return the same alignment seen from the other article */
    public CopyAlignment reversed() {
        return new CopyAlignment(otherArticleId, articleId, sentences.stream()
                .map(s -> new AlignedSentences(s.otherSentence(), s.sentence(), s.similarity())).toList(),
                sharedWording, rewritten);
    }
}
