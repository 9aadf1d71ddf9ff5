package org.credence.rules.activist;

import static org.assertj.core.api.Assertions.assertThat;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Approximation;
import org.credence.api.CueType;
import org.credence.api.QuantityKind;
import org.credence.api.SourceKind;
import org.credence.testkit.ArticleFixture;
import org.credence.testkit.RuleHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnverifiedActivistClaimsRuleTest {

    private final UnverifiedActivistClaimsRule rule = new UnverifiedActivistClaimsRule();

    @Test
    void anActivistsFigureThatTheArticleSaysIsUnprovenIsFlaggedStrongly() {
        AnalyzedArticle a = ArticleFixture.article("a")
                .paragraph("Lena Orvik, an activist in the valley, said about 2,000 miners had signed up. "
                        + "Asked for documents, she failed to provide any such proof.")
                .quantity("about 2,000", 2000, 2000, Approximation.ABOUT, QuantityKind.COUNT, "miners")
                .attribution("Lena Orvik", "said", SourceKind.ACTIVIST)
                .cue("failed to provide any such proof", CueType.NO_EVIDENCE)
                .build();
        assertThat(RuleHarness.evaluate(rule, a)).singleElement().satisfies(f -> {
            assertThat(f.claimId()).isEqualTo("a#0");
            assertThat(f.strength()).isLessThanOrEqualTo(-0.8);
            assertThat(f.explanation()).isEqualTo("The figure 2,000 miners comes from Lena Orvik, an activist or "
                    + "opposition source, and the article notes: \"failed to provide any such proof\".");
            assertThat(f.evidence()).extracting(e -> a.text(e.span()))
                    .containsExactly("Lena Orvik", "failed to provide any such proof");
        });
    }

    @Test
    void anActivistsCountWithoutSuchANoteIsFlaggedMildly() {
        AnalyzedArticle a = ArticleFixture.article("a")
                .paragraph("Omar Dahl, an opposition campaigner, said 40 miners had been arrested in secret.")
                .count("40", 40, "miners")
                .attribution("Omar Dahl", "said", SourceKind.ACTIVIST).build();
        assertThat(RuleHarness.evaluate(rule, a)).singleElement()
                .satisfies(f -> assertThat(f.strength()).isBetween(-0.5, -0.2));
    }

    @ParameterizedTest(name = "{0} -> no finding")
    @CsvSource(delimiter = '|', textBlock = """
        # source                    | kind        | sentence
        The Kelvar Observatory      | NGO_MONITOR | The Kelvar Observatory said 300 miners left in May.
        The Karvala Mining Ministry | OFFICIAL    | The Karvala Mining Ministry said 300 miners left in May.
        Jonas Brandt                | EXPERT      | Jonas Brandt said 300 miners left in May.
        """)
    void otherSourcesAndMonitorsWithoutDoubtsAreNotFlagged(String source, SourceKind kind, String sentence) {
        AnalyzedArticle a = ArticleFixture.article("a").paragraph(sentence).attribution(source, "said", kind).build();
        assertThat(RuleHarness.evaluate(rule, a)).isEmpty();
    }

    @Test
    void aMonitorsClaimThatCouldNotBeVerifiedIsFlagged() {
        AnalyzedArticle a = ArticleFixture.article("a")
                .paragraph("The Kelvar Observatory said 300 miners left in May. The figure could not be independently verified.")
                .attribution("The Kelvar Observatory", "said", SourceKind.NGO_MONITOR)
                .cue("could not be independently verified", CueType.UNVERIFIED).build();
        assertThat(RuleHarness.evaluate(rule, a)).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("comes from the Kelvar Observatory and the article notes"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # sentence                                                                   | source                  | kind        | count         | value | noun
        Housing campaigners said 300 families had been evicted in two years.         | Housing campaigners     | UNNAMED     | 300           | 300   | families
        The Valley Trust, an advocacy group, said 40 of the 120 pits were closed.     | The Valley Trust        | NGO_MONITOR | 40            | 40    | pits
        Rebels in the valley said they had shot down two helicopters.                | Rebels in the valley    | ACTIVIST    | two           | 2     | helicopters
        The Local Committees, another activist group, said 55 people were killed.     | The Local Committees    | OTHER       | 55            | 55    | people
        """)
    void countsFromActivistsAdvocacyGroupsAndRebelsAreFlagged(String sentence, String source, SourceKind kind,
                                                              String count, double value, String noun) {
        AnalyzedArticle a = ArticleFixture.article("a").paragraph(sentence).count(count, value, noun)
                .attribution(source, "said", kind).build();
        assertThat(RuleHarness.evaluate(rule, a)).as(sentence).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains(source.substring(source.indexOf(' ') + 1)));
    }

    /**
     * Narrowed by decision 0041: without a note that the claim is unproven, an advocate's account that counts
     * nothing, and anything a candidate's or party's campaign says, were wrong findings on the tuning sets.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # sentence                                                                           | source                           | kind
        Omar Dahl, an opposition campaigner, said the mine had been sold in secret.          | Omar Dahl                        | ACTIVIST
        Housing campaigners said rents in the district had doubled in two years.             | Housing campaigners              | UNNAMED
        The Orvik campaign said the mayor had taken money from 12 mine owners.               | The Orvik campaign               | OTHER
        Orvik campaign spokesman Tom Ek said 300 volunteers had signed up.                    | Orvik campaign spokesman Tom Ek  | OTHER
        Valley Action said 300 volunteers had signed up.                                      | Valley Action                    | OTHER
        Senator Ek said 300 volunteers had signed up.                                         | Senator Ek                       | ACTIVIST
        """)
    void accountsWithoutACountAndPartisanCampaignsAreNotFlagged(String sentence, String source, SourceKind kind) {
        var fixture = ArticleFixture.article("a").paragraph(sentence);
        if (sentence.contains("300 volunteers")) {
            fixture.count("300", 300, "volunteers");
        } else if (sentence.contains("12 mine owners")) {
            fixture.count("12", 12, "owners");
        }
        AnalyzedArticle a = fixture.attribution(source, "said", kind).build();
        assertThat(RuleHarness.evaluate(rule, a)).as(sentence).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # sentence                                                                               | source                 | cue     | kind
        Lena Orvik, an activist, said she feared the mine would close.                           | Lena Orvik             | said    | ACTIVIST
        "We are going to keep marching," said protester Tom Ek.                                  | protester Tom Ek       | said    | ACTIVIST
        Omar Dahl, an opposition campaigner, urged voters to reject the plan.                    | Omar Dahl              | urged   | ACTIVIST
        The mayor urged the protesters to go home.                                               | the protesters         | urged   | ACTIVIST
        "I came out here to let go of a lot of fear," protester Nick Ek said.                    | protester Nick Ek      | said    | ACTIVIST
        Lena Orvik, an activist, said the plan was unfair to the miners.                         | Lena Orvik             | said    | ACTIVIST
        The Karvala Mining Ministry said 300 miners left in May.                                 | The Karvala Mining Ministry | said | OFFICIAL
        """)
    void opinionsFeelingsIntentionsDemandsAndObjectsAreNotFlagged(String sentence, String source, String cue,
                                                                   SourceKind kind) {
        AnalyzedArticle a = ArticleFixture.article("a").paragraph(sentence).attribution(source, cue, kind).build();
        assertThat(RuleHarness.evaluate(rule, a)).as(sentence).isEmpty();
    }
}
