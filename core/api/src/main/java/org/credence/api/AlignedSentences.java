package org.credence.api;

import java.io.Serializable;

/**
 * A sentence of one article paired with the sentence of another article it was copied or rewritten from (or into).
 *
 * @param sentence      the sentence's index in the first article ({@link Sentence#index()})
 * @param otherSentence the sentence's index in the other article
 * @param similarity    how much of their content words the two share, 0..1 (Dice coefficient)
 */
public record AlignedSentences(int sentence, int otherSentence, double similarity) implements Serializable {

    public AlignedSentences {
        if (sentence < 0 || otherSentence < 0) {
            throw new IllegalArgumentException("sentence indexes cannot be negative");
        }
    }
}
