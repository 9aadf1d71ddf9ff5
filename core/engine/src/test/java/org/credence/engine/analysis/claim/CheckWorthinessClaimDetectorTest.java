package org.credence.engine.analysis.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Article;
import org.credence.api.Claim;
import org.credence.engine.analysis.Analyzer;
import org.credence.engine.analysis.OpenNlpPipeline;
import org.credence.engine.analysis.attribution.AttributionExtractor;
import org.credence.engine.analysis.cue.CueExtractor;
import org.credence.engine.analysis.quantity.QuantityExtractor;
import org.credence.engine.lexicon.Lexicons;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckWorthinessClaimDetectorTest {

    private static Analyzer analyzer;

    @BeforeAll
    static void loadModels() {
        Lexicons lexicons = Lexicons.defaults();
        analyzer = new Analyzer(new OpenNlpPipeline(), new QuantityExtractor(), new AttributionExtractor(lexicons),
                new CueExtractor(lexicons), new CheckWorthinessClaimDetector());
    }

    private List<Claim> claims(String body) {
        return analyzer.analyze(Article.of("t", body)).claims();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The Kelvar Observatory said over 2,000 miners had signed up.",
        "Police arrested 14 people outside the parliament in Tarsa.",
        "The ministry denied that any recruitment had taken place.",
        "Karvala has offered miners $400 a month to work abroad.",
        "Lena Orvik, an activist, said the workers were never paid."})
    void checkableStatementsAreClaims(String sentence) {
        assertThat(claims(sentence)).as(sentence).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Will the harbour ever reopen?",
        "Read more about the harbour here.",
        "Follow us on social media for updates.",
        "Photo: the harbour at dawn",
        "It was a grey morning.",
        "I think it was a lovely day overall."})
    void questionsFragmentsAndFurnitureAreNotClaims(String sentence) {
        assertThat(claims(sentence)).as(sentence).isEmpty();
    }

    @Test
    void claimsCarryTheirSentencesMarksAndStableIds() {
        AnalyzedArticle a = analyzer.analyze(Article.of("k1", "Miners Said to Flock Abroad",
                "The Kelvar Observatory said over 2,000 miners had signed up. It rained."));
        Claim claim = a.claims().stream().filter(c -> !c.quantities().isEmpty()).findFirst().orElseThrow();
        assertThat(claim.id()).isEqualTo("k1#1");
        assertThat(claim.attributions()).hasSize(1);
        assertThat(claim.checkWorthiness()).isBetween(CheckWorthinessClaimDetector.THRESHOLD, 1.0);
        assertThat(a.claims()).extracting(Claim::id).doesNotContain("k1#2");
    }
}
