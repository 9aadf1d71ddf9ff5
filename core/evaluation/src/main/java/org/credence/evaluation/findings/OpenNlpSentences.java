package org.credence.evaluation.findings;

import java.util.List;

import org.credence.api.Sentence;
import org.credence.api.Span;
import org.credence.engine.analysis.OpenNlpPipeline;

/**
 * Sentences as the engine splits them (the same OpenNLP model, paragraphs apart), so the sentence shown around a
 * claim is the one the claim was made from.
 */
public final class OpenNlpSentences implements SentenceSplitter {

    // Tagging is not needed here; a trigger that never fires leaves only sentences with digits tagged.
    private final OpenNlpPipeline pipeline = new OpenNlpPipeline((words, i) -> false);

    @Override
    public List<Span> sentences(String text, Span headline) {
        return pipeline.sentences(text, headline).stream().map(Sentence::span).toList();
    }
}
