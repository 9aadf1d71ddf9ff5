package org.credence.engine.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.credence.engine.analysis.text.TokenText;
import org.credence.engine.lexicon.Lexicon;
import org.credence.engine.lexicon.Lexicons;

/**
 * The words around which a sentence is worth POS-tagging: number words, speech verbs and attribution phrases, hedge,
 * denial and evidence phrases (digits trigger too). Only such
 * sentences can become claims, so tagging the others would cost time and change no result. Built from the same
 * lexicons the extractors use, so a trainer's added phrase also triggers tagging.
 */
public final class TaggingTriggers implements Predicate<String> {

    private static final Set<String> FILLER = Set.of("a", "an", "the", "of", "to", "in", "on", "is", "are", "was",
            "were", "be", "been", "has", "have", "had", "it", "there", "that", "this", "any", "no", "not", "could",
            "can", "did", "does", "do", "as", "by", "for", "with", "some", "many", "such", "may", "might", "will");
    private static final List<String> NUMBER_WORDS = List.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
            "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "dozen", "dozens");

    private final Set<String> words = new HashSet<>(NUMBER_WORDS);

    private TaggingTriggers(List<Lexicon> lexicons) {
        for (Lexicon lexicon : lexicons) {
            for (java.util.Map.Entry<String, List<String>> group : lexicon.groups().entrySet()) {
                if (group.getKey().equals("SPECULATION")) {
                    continue;   // speculation alone makes no claim, so it is no reason to tag a sentence
                }
                for (String phrase : group.getValue()) {
                    for (String w : TokenText.words(phrase)) {
                        if (!FILLER.contains(w)) {
                            words.add(w);
                            break;   // one distinctive word of each phrase is enough to notice it
                        }
                    }
                }
            }
        }
    }

    /** Triggers from the cue and attribution lexicons. */
    public static TaggingTriggers from(Lexicons lexicons) {
        return new TaggingTriggers(List.of(lexicons.get("cues"), lexicons.get("attribution-cues")));
    }

    /** Whether a lower-cased word is a trigger; digits are the pipeline's own concern. */
    @Override
    public boolean test(String lowerCaseWord) {
        return words.contains(lowerCaseWord);
    }
}
