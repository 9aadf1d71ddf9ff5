package org.credence.evaluation.datasets;

import java.util.List;

/** One CheckThat! file: a debate or speech, its lines in order. */
public record Debate(String name, List<LabelledSentence> lines) {

    public Debate {
        lines = List.copyOf(lines);
    }
}
