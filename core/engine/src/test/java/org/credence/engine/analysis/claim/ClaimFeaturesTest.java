package org.credence.engine.analysis.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.credence.api.Span;
import org.credence.engine.analysis.OpenNlpPipeline;
import org.credence.engine.training.FeatureExample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the check-worthiness model reads in a sentence, on sentences of our own writing. */
class ClaimFeaturesTest {

    private static OpenNlpPipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = new OpenNlpPipeline();
    }

    private static Map<String, Double> features(String sentence) {
        FeatureExample.Collector out = new FeatureExample.Collector();
        ClaimFeatures.extract(sentence, pipeline.sentences(sentence, Span.EMPTY).get(0), List.of(), List.of(), List.of(),
                out);
        return out.labelled(false).features();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "Karvala has been recruiting miners.|s=ing",
        "The reports claimed it.|s=med",
        "Several towns agreed.|s=ral",
        "Mining rose in Tarsa.|s=rsa"})
    void wordsOfFiveLettersOrMoreGiveTheirLastThreeLetters(String sentence, String feature) {
        assertThat(features(sentence)).containsKey(feature);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "The cats ran off in 2019.|s=ats",
        "The cats ran off in 2019.|s=019",
        "The cats ran off in 20190.|s=000",
        "Mining rose in Tarsa.|s=sa"})
    void shortWordsAndFiguresGiveNoEnding(String sentence, String feature) {
        assertThat(features(sentence)).doesNotContainKey(feature);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "Then I said what I think of it.|caps=<1",
        "Then Dovic said what Orvik thinks of it.|caps=2-3",
        "Then I said what Orvik thinks of it.|caps=1-1"})
    void thePronounINamesNoOne(String sentence, String band) {
        assertThat(features(sentence)).containsKey(band);
    }
}
