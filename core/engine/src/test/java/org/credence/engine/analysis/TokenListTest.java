package org.credence.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.credence.api.Sentence;
import org.credence.api.Span;
import org.credence.api.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenListTest {

    private static final List<Token> TOKENS = List.of(new Token(new Span(0, 3), "DET"),
            new Token(new Span(4, 10), "NOUN"), new Token(new Span(10, 11), "PUNCT"));

    private static TokenList compact() {
        return new TokenList(new int[] {0, 4, 10}, new int[] {3, 10, 11}, new String[] {"DET", "NOUN", "PUNCT"});
    }

    @Test
    void holdsTheSameTokensAsAPlainListAndIsEqualToIt() {
        TokenList tokens = compact();
        assertEquals(TOKENS, tokens);
        assertEquals(tokens, TOKENS);
        assertEquals(TOKENS.hashCode(), tokens.hashCode());
        assertEquals(new ArrayList<>(TOKENS), new ArrayList<>(tokens));
        assertEquals(4, tokens.start(1));
        assertEquals(10, tokens.end(1));
        assertEquals("NOUN", tokens.tag(1));
    }

    @Test
    void aSentenceKeepsTheCompactListAsItIsAndEqualsOneOfTheSameTokens() {
        TokenList tokens = compact();
        assertSame(tokens, new Sentence(0, new Span(0, 11), tokens, false).tokens());
        assertEquals(new Sentence(0, new Span(0, 11), TOKENS, false), new Sentence(0, new Span(0, 11), compact(), false));
    }

    @Test
    void cannotBeChangedThroughTheListOrTheArraysItWasMadeFrom() {
        int[] starts = {0, 4};
        String[] tags = {"DET", "NOUN"};
        TokenList tokens = new TokenList(starts, new int[] {3, 10}, tags);
        starts[0] = 2;
        tags[1] = "VERB";
        assertEquals(new Token(new Span(0, 3), "DET"), tokens.get(0));
        assertEquals("NOUN", tokens.get(1).tag());
        assertThrows(UnsupportedOperationException.class, () -> tokens.set(0, tokens.get(1)));
        assertThrows(UnsupportedOperationException.class, () -> tokens.add(tokens.get(1)));
        assertThrows(IndexOutOfBoundsException.class, () -> tokens.get(2));
        assertThrows(IndexOutOfBoundsException.class, () -> tokens.start(-1));
    }

    @ParameterizedTest(name = "starts {0}, ends {1}, {2} tags is refused")
    @CsvSource(delimiter = ';', value = {
            "0 4; 3 10; 1",     // lengths differ
            "0 4; 3; 2",        // lengths differ
            "5; 3; 1",          // end before start
            "-1; 3; 1",         // negative start
    })
    void refusesOffsetsThatAreNotSpans(String starts, String ends, int tagCount) {
        int[] s = ints(starts);
        int[] e = ints(ends);
        String[] t = new String[tagCount];
        Arrays.fill(t, "X");
        assertThrows(IllegalArgumentException.class, () -> new TokenList(s, e, t));
    }

    @Test
    void refusesAMissingTag() {
        assertThrows(NullPointerException.class, () -> new TokenList(new int[] {0}, new int[] {1}, new String[1]));
    }

    private static int[] ints(String spaced) {
        return Arrays.stream(spaced.trim().split(" +")).mapToInt(Integer::parseInt).toArray();
    }
}
