package org.credence.engine.analysis.cue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.credence.api.Cue;
import org.credence.api.CueType;
import org.credence.api.Span;
import org.credence.engine.analysis.OpenNlpPipeline;
import org.credence.engine.analysis.TextUnit;
import org.credence.engine.lexicon.LexiconException;
import org.credence.engine.lexicon.Lexicons;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CueExtractorTest {

    private static OpenNlpPipeline pipeline;
    private final CueExtractor extractor = new CueExtractor(Lexicons.defaults());

    @BeforeAll
    static void loadModels() {
        pipeline = new OpenNlpPipeline();
    }

    private List<Cue> extract(CueExtractor x, String text) {
        return x.extract(new TextUnit(text, Span.EMPTY, pipeline.sentences(text, Span.EMPTY)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # sentence                                                                   | phrase                              | type
        The mayor reportedly resigned on Friday.                                     | reportedly                          | HEDGE
        The funds were allegedly moved abroad.                                       | allegedly                           | HEDGE
        Some say the harbour will never reopen.                                      | Some say                            | WEASEL
        Multiple media reports claimed the plant was sold.                           | Multiple media reports              | WEASEL
        The ministry denied that any miners had been hired.                          | denied                              | DENIAL
        There was no official record of the transfers.                               | There was no official record        | NO_EVIDENCE
        Asked for documents, the campaigner failed to provide any such proof.        | failed to provide any such proof    | NO_EVIDENCE
        The figures could not be independently verified.                             | could not be independently verified | UNVERIFIED
        He repeated the charge without evidence.                                     | without evidence                    | NO_EVIDENCE
        """)
    void cuesAreFoundWithTheirType(String sentence, String phrase, CueType type) {
        List<Cue> found = extract(extractor, sentence);
        assertThat(found).as("cues in: %s", sentence).anySatisfy(c -> {
            assertThat(c.span().in(sentence)).isEqualTo(phrase);
            assertThat(c.type()).isEqualTo(type);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # sentences without a hedge, denial or missing evidence
        The ministry reported record exports in May.
        She was denied entry at the border.
        Their request for a second opinion was denied by the court.
        She looked for reasons to deny their applications.
        The storm claimed the lives of four fishermen.
        The rebels claimed responsibility for the attack.
        Investigators presented evidence to the court.
        The council published its accounts on Monday.
        The vote was held on 4 May and counted overnight.
        May 2021 was the wettest month on record.
        Exports rose in May, the ministry said.
        """)
    void lookalikesAreNotCues(String sentence) {
        assertThat(extract(extractor, sentence)).as("cues in: %s", sentence).isEmpty();
    }

    @Test
    void aTrainersLexiconReplacesTheBundledOne(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("cues.json"), "{\"groups\": {\"HEDGE\": [\"rumour has it\"]}}");
        CueExtractor custom = new CueExtractor(Lexicons.withOverrides(dir));
        assertThat(extract(custom, "Rumour has it the port will close.")).singleElement()
                .satisfies(c -> assertThat(c.type()).isEqualTo(CueType.HEDGE));
        assertThat(extract(custom, "The mayor reportedly resigned.")).isEmpty();
    }

    @Test
    void anUnknownGroupNamesTheFileAndTheGroup(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("cues.json"), "{\"groups\": {\"HEDGES\": [\"maybe\"]}}");
        assertThatThrownBy(() -> new CueExtractor(Lexicons.withOverrides(dir)))
                .isInstanceOf(LexiconException.class).hasMessageContaining("cues.json").hasMessageContaining("HEDGES");
    }
}
