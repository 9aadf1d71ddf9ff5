package org.credence.engine.analysis.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Article;
import org.credence.api.Claim;
import org.credence.engine.analysis.Analyzer;
import org.credence.engine.analysis.OpenNlpPipeline;
import org.credence.engine.analysis.StandardAnalysis;
import org.credence.engine.lexicon.Lexicons;
import org.credence.engine.model.Models;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped check-worthiness model as the engine applies it, on sentences of our own writing. */
class LearnedClaimDetectorTest {

    private static Analyzer analyzer;
    private static LearnedClaimDetector detector;

    @BeforeAll
    static void loadModels() {
        Models models = Models.bundled();
        analyzer = StandardAnalysis.analyzer(new OpenNlpPipeline(), Lexicons.defaults(), models);
        detector = new LearnedClaimDetector(models.get(Models.CHECK_WORTHINESS));
    }

    private List<Claim> claims(String body) {
        return analyzer.analyze(Article.of("t", body)).claims();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The Kelvar Observatory said over 2,000 miners had signed up.",
        "Police arrested 14 people outside the parliament in Tarsa.",
        "Karvala has offered miners $400 a month to work abroad.",
        "Unemployment in Tarsa has doubled since 2019, to 12 percent.",
        "The new law cut the harbour authority's budget by a third."})
    void checkableStatementsAreClaims(String sentence) {
        assertThat(claims(sentence)).as(sentence).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Will the harbour ever reopen?",
        "Read more about the harbour here.",
        "Follow us on social media for updates.",
        "Photo: the harbour at dawn",
        "Thank you all very much.",
        "It was a grey morning."})
    void questionsFragmentsAndFurnitureAreNotClaims(String sentence) {
        assertThat(claims(sentence)).as(sentence).isEmpty();
    }

    /**
     * Reported speech: what the reports say someone did is checkable, however little of its wording the debates the
     * model learnt from share ("Karvala", "recruiting", "pits"); the sources-say tutorial rule relies on the first.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Several media reports claimed that Karvala has been recruiting Tesmari miners for its northern copper pits.",
        "Opposition leaders alleged that the governor had diverted flood relief funds to his own campaign.",
        "Local newspapers reported that the mayor's office had quietly sold the harbour land to a private developer.",
        "Officials confirmed that the bridge was closed after inspectors found cracks in two of its pillars."})
    void reportsOfWhatSomeoneDidAreClaims(String sentence) {
        assertThat(claims(sentence)).as(sentence).hasSize(1);
    }

    /** Reported speech alone makes no claim: feelings, opinions, hopes and thanks are not checkable. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The minister said she was glad to be back in Tarsa.",
        "Critics claimed that the plan is a bad idea.",
        "She told reporters she hoped for a good harvest.",
        "I want to thank the people of this town for their kindness."})
    void reportedFeelingsOpinionsAndThanksAreNotClaims(String sentence) {
        assertThat(claims(sentence)).as(sentence).isEmpty();
    }

    @Test
    void aStatedFigureRanksAboveTheSameSentenceWithoutOne() {
        double with = worthiness("Unemployment in Tarsa rose to 12 percent last year.");
        double without = worthiness("Unemployment in Tarsa worried people last year.");
        assertThat(with).isGreaterThan(without);
    }

    private static double worthiness(String sentence) {
        AnalyzedArticle a = analyzer.analyze(Article.of("w", sentence));
        return detector.checkWorthiness(a.text(), a.sentences().get(0), a.quantities(), a.attributions(), a.cues());
    }

    @Test
    void claimsCarryTheirSentencesMarksReasonsAndStableIds() {
        AnalyzedArticle a = analyzer.analyze(Article.of("k1", "Miners Said to Flock Abroad",
                "The Kelvar Observatory said over 2,000 miners had signed up. Thank you."));
        Claim claim = a.claims().stream().filter(c -> !c.quantities().isEmpty()).findFirst().orElseThrow();
        assertThat(claim.id()).isEqualTo("k1#1");
        assertThat(claim.attributions()).hasSize(1);
        assertThat(claim.checkWorthiness()).isBetween(detector.model().threshold(), 1.0);
        assertThat(claim.reasons()).isNotEmpty().hasSizeLessThanOrEqualTo(ClaimReasons.MAX).contains(ClaimReasons.FIGURE);
        assertThat(a.claims()).extracting(Claim::id).doesNotContain("k1#2");
    }
}
