package org.credence.engine.analysis.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.credence.api.Attribution;
import org.credence.api.AttributionType;
import org.credence.api.Span;
import org.credence.engine.analysis.OpenNlpPipeline;
import org.credence.engine.analysis.TaggingTriggers;
import org.credence.engine.analysis.TextUnit;
import org.credence.engine.lexicon.Lexicons;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Attribution as the engine runs it: the patterns and the bundled learned model together, with the engine's
 * selective tagging. Sources are found wherever they stand in the sentence, and a pronoun or a role with "the"
 * carries the source named in the sentence before.
 */
class AttributionAsTheEngineRunsItTest {

    private static OpenNlpPipeline pipeline;
    private static AttributionExtractor extractor;

    @BeforeAll
    static void load() {
        Lexicons lexicons = Lexicons.defaults();
        pipeline = new OpenNlpPipeline(TaggingTriggers.from(lexicons));
        extractor = new AttributionExtractor(lexicons, AttributionModel.bundled());
    }

    private static List<Attribution> extract(String text) {
        return extractor.extract(new TextUnit(text, Span.EMPTY, pipeline.sentences(text, Span.EMPTY)));
    }

    /** The attribution whose cue is the given word in the last sentence. */
    private static Attribution at(String text, String cue) {
        int last = text.lastIndexOf(cue);
        return extract(text).stream().filter(a -> a.cue().start() <= last && a.cue().end() > last).findFirst()
                .orElseThrow(() -> new AssertionError("no attribution at '" + cue + "' in: " + text + "; found "
                        + extract(text).stream().map(a -> a.sourceName() + "/" + a.cue().in(text)).toList()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # text                                                                                                        | cue      | the source named
        The strike, the union's leader Ana Roth said, would last a week.                                               | said     | Ana Roth
        In a statement on Tuesday, the Interior Ministry said the border would reopen.                                  | said     | the Interior Ministry
        The dam, which the Water Board built in 1990, is safe, the board's engineer Tomas Ek told reporters.             | told     | Tomas Ek
        Mayor Lena Holt spoke at the harbour. She said the ferry would run again on Monday.                             | said     | Mayor Lena Holt
        The activist Piet Kars left the court at noon. He said his client would appeal.                                  | said     | Piet Kars
        Ruth Abel, a spokeswoman for the families, met the press. The spokeswoman said the deal was unfair.              | said     | Ruth Abel
        Opposition activist Sami Nour gave a figure of 300 dead. The activist told the agency the toll would rise.        | told     | Opposition activist Sami Nour
        The Kelvar Observatory counted the dead. It said 40 people had died.                                             | said     | The Kelvar Observatory
        """)
    void sourcesAreFoundAnywhereInTheSentenceAndAcrossAPronounToTheSentenceBefore(String text, String cue, String source) {
        Attribution a = at(text, cue);
        assertThat(a.sourceName()).as("source of '%s' in: %s", cue, text).contains(source);
        assertThat(a.isStatement()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # text with a pronoun or a role before whose cue no source of that kind was named
        He said the ferry would run again on Monday.
        The weather was fine all week. It said nothing about the ferry.
        """)
    void aPronounWithNoSourceBeforeItAttributesToNoOne(String text) {
        assertThat(extract(text)).as("attributions in: %s", text).allSatisfy(a ->
                assertThat(a.sourceName().toLowerCase()).isNotIn("he", "it"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # text                                                                         | cue
        The president wants 10,000 more troops at the border.                          | wants
        Mayor Lena Holt believes the ferry will run again by Monday.                   | believes
        The union fears that 300 jobs will go.                                         | fears
        """)
    void aBeliefOrWishIsNoStatement(String text, String cue) {
        assertThat(extract(text)).filteredOn(a -> a.cue().in(text).contains(cue))
                .allSatisfy(a -> assertThat(a.type()).isEqualTo(AttributionType.BELIEF));
        assertThat(extract(text)).noneMatch(a -> a.isStatement() && a.cue().in(text).contains(cue));
    }
}
