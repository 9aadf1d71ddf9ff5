package org.credence.evaluation.datasets;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of the Szeged Uncertainty Corpus with its document and the cue phrases annotators marked in it.
 *
 * @param docId     the Wikipedia article it comes from; cross-validation keeps an article's sentences together
 * @param id        unique in the corpus: doc_id, "/", sentence_id
 * @param cues      the cue phrases as annotated ("may", "no evidence"), empty for a certain sentence
 */
public record SzegedSentence(String docId, String id, String text, boolean uncertain, List<String> cues) {

    public SzegedSentence {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        cues = List.copyOf(cues);
    }

    public LabelledSentence labelled() {
        return new LabelledSentence(id, text, uncertain);
    }
}
