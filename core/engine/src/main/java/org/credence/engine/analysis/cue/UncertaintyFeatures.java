package org.credence.engine.analysis.cue;

import org.credence.engine.analysis.text.WordForms;
import org.credence.engine.model.FeatureSink;

/**
 * What the uncertainty model reads around one candidate cue phrase, such as "may" in "the toll may rise": the
 * phrase itself ({@code c=}), the two words before and after it ({@code p1= p2= n1= n2=}), each neighbour paired with
 * the phrase ({@code c|p1=}, {@code c|n1=}), whether it opens the sentence, is capitalised inside it (the month
 * "May"), stands before a figure, or sits in a question. Words are lower-cased with digits as 0. The same code
 * feeds the trainer and the extractor.
 */
public final class UncertaintyFeatures {

    /** Bumped when the features change, so that a model trained on other features is not silently misread. */
    public static final String VERSION = "1";

    private UncertaintyFeatures() {
    }

    /**
     * @param words  the sentence's word forms
     * @param phrase the candidate, as listed in the model's vocabulary
     * @param first  its first token
     * @param last   its last token
     */
    public static void extract(WordForms words, String phrase, int first, int last, FeatureSink sink) {
        int n = words.size();
        StringBuilder name = new StringBuilder(48);
        sink.add(name.append("c=").append(phrase));
        neighbour(sink, name, words, phrase, "p1=", first - 1);
        neighbour(sink, name, words, phrase, "p2=", first - 2);
        neighbour(sink, name, words, phrase, "n1=", last + 1);
        neighbour(sink, name, words, phrase, "n2=", last + 2);
        if (first == 0 || (first == 1 && !words.isWord(0))) {
            sink.add("first");
        } else if (words.capitalised(first)) {
            sink.add("capitalised");
            sink.add(name(name, "capitalised|c=", phrase));
        }
        if (last + 1 < n && words.hasDigit(last + 1)) {
            sink.add("figure-follows");
            sink.add(name(name, "figure-follows|c=", phrase));
        }
        if (n > 0 && words.is(n - 1, "?")) {
            sink.add("question");
        }
    }

    private static CharSequence name(StringBuilder name, String prefix, String phrase) {
        name.setLength(0);
        return name.append(prefix).append(phrase);
    }

    private static void neighbour(FeatureSink sink, StringBuilder name, WordForms words, String phrase, String slot,
                                  int i) {
        name.setLength(0);
        name.append(slot);
        appendWord(name, words, i);
        sink.add(name);
        name.setLength(0);
        name.append("c=").append(phrase).append('|').append(slot);
        appendWord(name, words, i);
        sink.add(name);
    }

    private static void appendWord(StringBuilder name, WordForms words, int i) {
        if (i < 0) {
            name.append("<s>");
        } else if (i >= words.size()) {
            name.append("</s>");
        } else {
            words.append(name, i);
        }
    }
}
