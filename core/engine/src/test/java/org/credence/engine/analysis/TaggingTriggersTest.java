package org.credence.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.IntStream;

import org.credence.engine.lexicon.Lexicons;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaggingTriggersTest {

    private static final TaggingTriggers TRIGGERS = TaggingTriggers.from(Lexicons.defaults());

    private static boolean triggers(String sentence) {
        String[] words = sentence.toLowerCase(Locale.ROOT).split(" ");
        return IntStream.range(0, words.length).anyMatch(i -> TRIGGERS.startsAt(words, i));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # a sentence (tokens split by spaces) that must be tagged
        The minister said the talks had failed .
        According to the agency , recruits are paid well .
        By his count , three towns were visited .
        An official who declined to be named confirmed it .
        The claims could not be independently verified .
        Critics say the mine will close .
        The ministry denied that permits were issued .
        Dozens of families left the town .
        """)
    void aSentenceWithAFigureWordASourceOrACueIsTagged(String sentence) {
        assertThat(triggers(sentence)).as(sentence).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # a sentence that needs no tags: no figure word, no source, no cue
        His house stands by the river .
        The people who live there fish .
        The new law takes effect on Monday .
        The plan was to leave before dawn .
        It may rain later .
        The vote may have a major impact on the race .
        """)
    void aSentenceWithOnlyCommonWordsOfPhrasesIsNotTagged(String sentence) {
        assertThat(triggers(sentence)).as(sentence).isFalse();
    }
}
