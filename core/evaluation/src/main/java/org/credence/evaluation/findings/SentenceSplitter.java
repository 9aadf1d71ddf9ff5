package org.credence.evaluation.findings;

import java.util.List;

import org.credence.api.Span;

/** Splits an article's text into sentences, so that a claim can be shown with the sentences around it. */
@FunctionalInterface
public interface SentenceSplitter {

    /**
     * @param text     the article's text
     * @param headline where its headline stands, or {@link Span#EMPTY}
     * @return the sentences in text order, the headline first when there is one
     */
    List<Span> sentences(String text, Span headline);
}
