package org.credence.engine.analysis.cue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.credence.api.Cue;
import org.credence.api.CueType;
import org.credence.api.Span;
import org.credence.engine.analysis.OpenNlpPipeline;
import org.credence.engine.analysis.StandardAnalysis;
import org.credence.engine.analysis.TextUnit;
import org.credence.engine.lexicon.Lexicons;
import org.credence.engine.model.Models;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The uncertainty detection the engine runs (the news cue lexicon and the learned uncertainty model, {@link
 * StandardAnalysis#cues}): news hedges and speculation must be found; reporting verbs after a named speaker, the
 * legal noun "claims" and dates in May must not be taken for uncertainty.
 */
class UncertaintyDetectionTest {

    private static final Set<CueType> UNCERTAIN = Set.of(CueType.HEDGE, CueType.WEASEL, CueType.SPECULATION);

    private static OpenNlpPipeline pipeline;
    private static CombinedCues cues;

    @BeforeAll
    static void loadModels() {
        pipeline = new OpenNlpPipeline();
        cues = StandardAnalysis.cues(Lexicons.defaults(), Models.bundled());
    }

    private static List<Cue> uncertainty(String text) {
        return cues.extract(new TextUnit(text, Span.EMPTY, pipeline.sentences(text, Span.EMPTY))).stream()
                .filter(c -> UNCERTAIN.contains(c.type())).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # sentence                                                               | a cue's text holds
        The mayor reportedly resigned on Friday.                                 | reportedly
        The funds were allegedly moved abroad.                                   | allegedly
        The general is said to have fled the capital.                            | said to
        According to unconfirmed reports, the convoy was attacked at dawn.       | unconfirmed reports
        Sources suggest the deal will collapse before the summer.                | sources suggest
        Some say the harbour will never reopen.                                  | some say
        The toll may rise as rescuers reach the valley.                          | may
        May prices fall further, the board will act.                             | may
        The fire was probably started by a cigarette.                            | probably
        The results suggest that the vaccine works.                              | suggest
        It is unclear who ordered the strike.                                    | unclear
        The bridge appears to have collapsed under its own weight.               | appears
        The painting is widely regarded as his finest.                           | regarded
        """)
    void newsHedgesAndSpeculationAreFound(String sentence, String phrase) {
        assertThat(uncertainty(sentence)).as("uncertainty cues in: %s", sentence)
                .anySatisfy(c -> assertThat(c.span().in(sentence).toLowerCase(Locale.ROOT)).contains(phrase));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # sentences that state, report or deny without hedging
        Smith said the plant would close in June.
        The minister claimed the budget was balanced.
        Prime Minister Hana Voss said on Tuesday that exports had doubled.
        Insurance claims rose by a fifth last year.
        The case went to the claims court in March.
        The firm paid out 40 million dollars in claims.
        Exports rose in May, the ministry said.
        May 2021 was the wettest month on record.
        The vote was held on 4 May and counted overnight.
        The ministry reported record exports in May.
        The council published its accounts on Monday.
        The storm claimed the lives of four fishermen.
        """)
    void reportingVerbsLegalClaimsAndDatesAreNotUncertainty(String sentence) {
        assertThat(uncertainty(sentence)).as("uncertainty cues in: %s", sentence).isEmpty();
    }
}
