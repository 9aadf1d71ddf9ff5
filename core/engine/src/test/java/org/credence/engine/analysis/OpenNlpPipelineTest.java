package org.credence.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.credence.api.Sentence;
import org.credence.api.Span;
import org.credence.api.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenNlpPipelineTest {

    private static OpenNlpPipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = new OpenNlpPipeline();
    }

    @Test
    void headlineIsItsOwnSentenceAndBodyIsSplitIntoSentences() {
        String text = "Port Strike Ends After Ten Days\n\nDock workers returned on Monday. The union said 4,000 members voted. Mr. Hale agreed.";
        List<Sentence> sentences = pipeline.sentences(text, new Span(0, 31));
        assertThat(sentences).extracting(s -> s.span().in(text)).containsExactly(
                "Port Strike Ends After Ten Days",
                "Dock workers returned on Monday.",
                "The union said 4,000 members voted.",
                "Mr. Hale agreed.");
        assertThat(sentences.get(0).headline()).isTrue();
        assertThat(sentences.get(1).headline()).isFalse();
    }

    @Test
    void captionLinesWithoutFinalStopAreSentencesOfTheirOwn() {
        String text = "Harbour pilots\nA pilot boards a tanker. Officials watched.";
        assertThat(pipeline.sentences(text, Span.EMPTY)).extracting(s -> s.span().in(text))
                .containsExactly("Harbour pilots", "A pilot boards a tanker.", "Officials watched.");
    }

    @Test
    void tokensCarryUniversalTagsAndOffsetsIntoTheWholeText() {
        String text = "Title\n\nThe union said 4,000 members voted.";
        Sentence s = pipeline.sentences(text, new Span(0, 5)).get(1);
        assertThat(s.tokens()).extracting(t -> t.span().in(text))
                .containsExactly("The", "union", "said", "4,000", "members", "voted", ".");
        assertThat(s.tokens()).extracting(Token::tag).containsSubsequence("DET", "NOUN", "VERB");
    }
}
