package org.credence.engine.analysis.claim;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.credence.api.Attribution;
import org.credence.api.Cue;
import org.credence.api.CueType;
import org.credence.api.Quantity;
import org.credence.api.QuantityKind;
import org.credence.api.SourceKind;
import org.credence.api.Sentence;
import org.credence.engine.analysis.text.WordForms;
import org.credence.engine.model.FeatureSink;

/**
 * What the check-worthiness model reads in a sentence. The same code feeds the trainer and the detector, so what
 * is learnt is what is applied. Needs no part-of-speech tags, since most sentences are not tagged (decision 0012).
 *
 * <ul>
 *   <li>{@code w=} each word (lower case, digits as 0) and {@code b=} each pair of neighbouring words, with
 *       {@code <s>} and {@code </s>} at the ends;</li>
 *   <li>{@code s=} the last three letters of each word of five letters or more without a digit ("recruit<u>ing</u>",
 *       "claim<u>ed</u>"): tense, plural and word class of the words the model never saw, without a tagger;</li>
 *   <li>{@code len=} the number of words, in bands; {@code caps=} the capitalised words after the first, in bands
 *       (names of people, places and bodies, without a tagger; the pronoun "I" is no name);</li>
 *   <li>what the analysis found: {@code fig} a figure, {@code fig+noun} a figure with what it counts,
 *       {@code fig=KIND}; {@code src} an attribution, {@code src=KIND}; {@code cue=TYPE} each kind of cue.</li>
 * </ul>
 * The prefixes matter: {@link ClaimReasons} turns a claim's strongest features into plain words by them.
 */
public final class ClaimFeatures {

    /** Bumped when the features change, so that a model trained on other features is not silently misread. */
    public static final String VERSION = "2";
    /** Words at least this long give their {@value #SUFFIX}-letter ending as a feature. */
    static final int SUFFIX_FROM = 5;
    static final int SUFFIX = 3;

    private ClaimFeatures() {
    }

    /**
     * @param text the article text the spans point into
     * @param qs   the figures within the sentence
     * @param as   the attributions within the sentence
     * @param cs   the cues within the sentence
     */
    public static void extract(String text, Sentence sentence, List<Quantity> qs, List<Attribution> as, List<Cue> cs,
                               FeatureSink sink) {
        WordForms words = new WordForms(text, sentence);
        int n = words.size();
        StringBuilder name = new StringBuilder(48);
        int wordCount = 0;
        int caps = 0;
        for (int i = 0; i < n; i++) {
            name.setLength(0);
            sink.add(words.append(name.append("w="), i));
            if (words.isWord(i)) {
                wordCount++;
                if (i > 0 && words.capitalised(i) && !words.is(i, "i")) {
                    caps++;
                }
                if (words.end(i) - words.start(i) >= SUFFIX_FROM && !words.hasDigit(i)) {
                    name.setLength(0);
                    sink.add(words.appendEnding(name.append("s="), i, SUFFIX));
                }
            }
        }
        for (int i = -1; i < n; i++) {
            name.setLength(0);
            name.append("b=");
            if (i < 0) {
                name.append("<s>");
            } else {
                words.append(name, i);
            }
            name.append(' ');
            if (i + 1 == n) {
                name.append("</s>");
            } else {
                words.append(name, i + 1);
            }
            sink.add(name);
        }
        sink.add(band("len=", wordCount, 5, 10, 20, 40));
        sink.add(band("caps=", caps, 1, 2, 4, 8));
        if (!qs.isEmpty()) {
            sink.add("fig");
            if (qs.stream().anyMatch(q -> !q.noun().isEmpty())) {
                sink.add("fig+noun");
            }
            EnumSet<QuantityKind> kinds = EnumSet.noneOf(QuantityKind.class);
            qs.forEach(q -> kinds.add(q.kind()));
            kinds.forEach(k -> sink.add("fig=" + k));
        }
        if (!as.isEmpty()) {
            sink.add("src");
            EnumSet<SourceKind> kinds = EnumSet.noneOf(SourceKind.class);
            as.forEach(a -> kinds.add(a.kind()));
            kinds.forEach(k -> sink.add("src=" + k));
        }
        Set<CueType> types = EnumSet.noneOf(CueType.class);
        cs.forEach(c -> types.add(c.type()));
        types.forEach(t -> sink.add("cue=" + t));
    }

    /** "len=<5", "len=5-9", ..., "len=40+" */
    static String band(String prefix, int value, int... bounds) {
        int low = 0;
        for (int b : bounds) {
            if (value < b) {
                return prefix + (low == 0 ? "<" + b : low + "-" + (b - 1));
            }
            low = b;
        }
        return prefix + low + "+";
    }
}
