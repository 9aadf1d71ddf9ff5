package org.credence.engine.analysis;

import java.util.List;
import org.credence.api.Sentence;
import org.credence.api.Span;

/** Splits a text into sentences and tokens, with part-of-speech tags. Implementations are thread-safe. */
public interface LanguagePipeline {

    /**
     * @param text     the whole article text
     * @param headline where the headline stands (always a sentence of its own), or {@link Span#EMPTY}
     * @return the sentences in text order, numbered from 0
     */
    List<Sentence> sentences(String text, Span headline);
}
