package org.credence.evaluation.datasets;

import java.util.List;

import org.credence.api.Span;

/** A PolNeAR text and one annotator's source and cue spans in it (character offsets into the text). */
public record AnnotatedDocument(String name, String text, List<Span> sources, List<Span> cues) {

    public AnnotatedDocument {
        sources = List.copyOf(sources);
        cues = List.copyOf(cues);
    }
}
