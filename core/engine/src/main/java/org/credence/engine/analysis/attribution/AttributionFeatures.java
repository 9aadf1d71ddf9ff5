package org.credence.engine.analysis.attribution;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.credence.api.SourceKind;
import org.credence.engine.analysis.text.TokenText;
import org.credence.engine.lexicon.Lexicon;
import org.credence.engine.lexicon.Lexicons;

/**
 * What the attribution model is told about each token beyond the word itself: its part-of-speech tag and what the
 * lexicons know of it (a speech verb, a belief verb, the first word of "according to", a role noun, a word naming
 * a kind of source). OpenNLP's name finder looks at these for eight tokens on either side, so a pronoun four
 * words before "said" knows a speech verb is near. The trainer and the extractor build the context the same way,
 * so the model sees at run time what it was trained on.
 *
 * <p>Also decides which sentences can hold an attribution at all ({@link #mayAttribute}): only those are given to
 * the model, since running it costs about as much as part-of-speech tagging.
 */
public final class AttributionFeatures {

    /** Lexicon classes of a word, as features. */
    static final String SPEECH = "say";
    static final String BELIEF = "think";
    static final String PREPOSITION = "prep";
    static final String ROLE = "role";

    private final Map<String, String> cueClass = new HashMap<>();
    private final Set<String> roles = new HashSet<>();
    private final Map<String, String> kindOf = new HashMap<>();

    public AttributionFeatures(Lexicons lexicons) {
        Lexicon cues = lexicons.get(AttributionExtractor.CUES);
        cues.group("SPEECH_VERBS").forEach(v -> firstWord(v, SPEECH));
        cues.group("BELIEF_VERBS").forEach(v -> firstWord(v, BELIEF));
        cues.group("PREPOSITIONS").forEach(p -> firstWord(p, PREPOSITION));
        Lexicon kinds = lexicons.get(SourceKindClassifier.LEXICON);
        roles.addAll(kinds.group("ROLES"));
        for (SourceKind kind : SourceKind.values()) {
            for (String phrase : kinds.group(kind.name())) {
                String[] words = TokenText.words(phrase);
                if (words.length == 1) {
                    kindOf.putIfAbsent(words[0], kind.name());
                }
            }
        }
    }

    private void firstWord(String phrase, String cls) {
        String[] words = TokenText.words(phrase);
        if (words.length > 0) {
            cueClass.putIfAbsent(words[0], cls);
        }
    }

    /** True when the word may open an attribution cue: a speech or belief verb, or "according" and the like. */
    boolean isCueWord(String lowerCaseWord) {
        return cueClass.containsKey(lowerCaseWord);
    }

    /**
     * @param words the sentence's tokens, lower-cased
     * @return true when the sentence holds a cue word, a quotation mark, a byline bar or a colon: where attribution
     *         is possible
     */
    public boolean mayAttribute(String[] words) {
        for (String w : words) {
            if (cueClass.containsKey(w) || isQuote(w) || w.equals(":")) {
                return true;
            }
        }
        return false;
    }

    static boolean isQuote(String w) {
        return w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("''") || w.equals("``")
                || w.equals("‘") || w.equals("’") || w.equals("―");   // the last, a horizontal bar, opens a byline
    }

    /**
     * @param words the sentence's tokens, lower-cased
     * @param tags  their UD tags (X where the pipeline did not tag)
     * @return per token, the extra features the model reads
     */
    public String[][] context(String[] words, String[] tags) {
        String[][] out = new String[words.length][];
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String cls = cueClass.get(w);
            String kind = kindOf.get(w);
            boolean role = roles.contains(w);
            int n = 1 + (cls == null ? 0 : 1) + (kind == null ? 0 : 1) + (role ? 1 : 0);
            String[] f = new String[n];
            int k = 0;
            f[k++] = "t=" + tags[i];
            if (cls != null) {
                f[k++] = "c=" + cls;
            }
            if (kind != null) {
                f[k++] = "k=" + kind;
            }
            if (role) {
                f[k] = ROLE;
            }
            out[i] = f;
        }
        return out;
    }
}
