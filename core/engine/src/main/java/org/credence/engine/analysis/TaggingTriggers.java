package org.credence.engine.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credence.engine.analysis.text.TokenText;
import org.credence.engine.lexicon.Lexicon;
import org.credence.engine.lexicon.Lexicons;

/**
 * Where a sentence is worth POS-tagging: number words, and the phrases of the cue and attribution lexicons (speech
 * verbs, attribution phrases, hedges, denials, absence of evidence); the pipeline adds digits. Only sentences with a
 * figure, a source or a cue can become claims, so tagging the others would cost time and change no result. A phrase
 * triggers only where all its words stand, so the common words phrases are made of ("his" in "by his count", "who"
 * in "who declined to be named") do not set off tagging by themselves. Built from the same lexicons the extractors
 * use, so a trainer's added phrase also triggers tagging.
 */
public final class TaggingTriggers implements OpenNlpPipeline.Triggers {

    /** Lists of what is not a cue or not a source, and speculation, which makes no claim by itself. */
    private static final Set<String> NOT_TRIGGERS = Set.of("SPECULATION", "EXCEPTIONS", "NOT_SOURCES");
    private static final List<String> NUMBER_WORDS = List.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
            "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "dozen", "dozens");

    /**
     * Words too common to notice a phrase by. A phrase made only of them ("may have", "could have") sets off no
     * tagging: as a hedge it is weak, and in news it mostly opens a forecast ("may have a major impact").
     */
    private static final Set<String> FILLER = Set.of("a", "an", "the", "of", "to", "in", "on", "is", "are", "was",
            "were", "be", "been", "has", "have", "had", "it", "there", "that", "this", "any", "no", "not", "could",
            "can", "did", "does", "do", "as", "by", "for", "with", "some", "many", "such", "may", "might", "will");

    private final Set<String> numberWords = new HashSet<>(NUMBER_WORDS);
    /** Each phrase's words, by its first word. */
    private final Map<String, List<String[]>> phrases = new HashMap<>();

    private TaggingTriggers(List<Lexicon> lexicons) {
        for (Lexicon lexicon : lexicons) {
            for (Map.Entry<String, List<String>> group : lexicon.groups().entrySet()) {
                if (NOT_TRIGGERS.contains(group.getKey())) {
                    continue;
                }
                for (String phrase : group.getValue()) {
                    String[] words = TokenText.words(phrase);
                    if (Arrays.stream(words).anyMatch(w -> !FILLER.contains(w))) {
                        phrases.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
                    }
                }
            }
        }
    }

    /** Triggers from the cue and attribution lexicons. */
    public static TaggingTriggers from(Lexicons lexicons) {
        return new TaggingTriggers(List.of(lexicons.get("cues"), lexicons.get("attribution-cues")));
    }

    @Override
    public boolean startsAt(String[] lowerCaseWords, int i) {
        String first = lowerCaseWords[i];
        if (numberWords.contains(first)) {
            return true;
        }
        List<String[]> candidates = phrases.get(first);
        if (candidates == null) {
            return false;
        }
        for (String[] phrase : candidates) {
            if (i + phrase.length <= lowerCaseWords.length && matches(phrase, lowerCaseWords, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String[] phrase, String[] words, int at) {
        for (int k = 1; k < phrase.length; k++) {
            if (!phrase[k].equals(words[at + k])) {
                return false;
            }
        }
        return true;
    }
}
