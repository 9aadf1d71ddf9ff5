package org.credence.rules.denial;

import static org.assertj.core.api.Assertions.assertThat;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Approximation;
import org.credence.api.ClaimLink;
import org.credence.api.CueType;
import org.credence.api.QuantityKind;
import org.credence.api.Relation;
import org.credence.api.SourceKind;
import org.credence.testkit.ArticleFixture;
import org.credence.testkit.FixedCorpus;
import org.credence.testkit.RuleHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficialDenialContrastRuleTest {

    private final OfficialDenialContrastRule rule = new OfficialDenialContrastRule();

    private static final String CLAIM = "The Kelvar Observatory said Karvala recruited over 2,000 Tesmari miners for its pits.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # counter-statement                                                                  | cue                          | type        | kind                                      | shared
        The Karvala Mining Ministry denied that any Tesmari miners were recruited.           | denied                       | DENIAL      | a denial                                  | recruited, with Tesmari
        There was no official record of Tesmari miners being recruited for the pits.         | There was no official record | NO_EVIDENCE | a statement that there is no record of it | recruited, pits, with Tesmari
        """)
    void aClaimSetAgainstADenialInTheSameArticleIsFlaggedQuotingBothSides(String counter, String cue, CueType type,
                                                                         String kind, String shared) {
        AnalyzedArticle a = ArticleFixture.article("a").paragraph(CLAIM + " " + counter)
                .quantity("over 2,000", 2000, 2000, Approximation.AT_LEAST, QuantityKind.COUNT, "miners")
                .attribution("The Kelvar Observatory", "said", SourceKind.NGO_MONITOR)
                .cue(cue, type).build();
        assertThat(RuleHarness.evaluate(rule, a)).singleElement().satisfies(f -> {
            assertThat(f.claimId()).isEqualTo("a#0");
            assertThat(f.strength()).isNegative();
            assertThat(f.explanation()).isEqualTo("This claim (\"" + CLAIM + "\") is set against " + kind
                    + " later in this article: \"" + counter + "\" (both about " + shared + ").");
        });
    }

    @Test
    void aDenialInALinkedArticleCountsAndIsLinked() {
        AnalyzedArticle a = ArticleFixture.article("a").paragraph(CLAIM)
                .quantity("over 2,000", 2000, 2000, Approximation.AT_LEAST, QuantityKind.COUNT, "miners")
                .attribution("The Kelvar Observatory", "said", SourceKind.NGO_MONITOR).build();
        AnalyzedArticle b = ArticleFixture.article("b").outlet("Meridian News")
                .paragraph("Officials counted 700 Tesmari miners in May. There was no official record of miners recruited for the pits.")
                .count("700", 700, "miners").cue("There was no official record", CueType.NO_EVIDENCE).build();
        FixedCorpus corpus = FixedCorpus.of(a, b).withLink(new ClaimLink("a#0", "b#0", "b",
                Relation.CONFLICTING_FIGURE, true, "workers"));
        assertThat(RuleHarness.evaluate(rule, a, corpus)).singleElement().satisfies(f -> {
            assertThat(f.explanation()).contains("in article b (Meridian News)");
            assertThat(f.related()).extracting(r -> r.otherClaimId() + " " + r.relation()).containsExactly("b#1 CONTRADICTED_BY");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # counter-statements that do not contest the claim
        The harbour master denied that the ferry was late on Sunday.             | denied                            | DENIAL
        Asked for documents, the activist failed to provide any such proof.      | failed to provide any such proof  | NO_EVIDENCE
        # narrowed by decision 0041: withholding, rhetoric, a neighbouring point
        The ministry denied Tesmari miners the permits to work in the pits.      | denied                            | DENIAL
        The union accused Karvala of denying Tesmari miners a hearing on the pits. | denying                         | DENIAL
        The ministry called the story of Tesmari miners in the pits fake news.   | fake news                         | DENIAL
        There is no evidence that the Tesmari miners recruited for the pits were paid. | no evidence                 | NO_EVIDENCE
        It is not true that Tesmari miners were recruited for the pits, the ministry said. | not true                | DENIAL
        # decision 0044: a ruling on a request, and a denial whose own clause ends before the claim's matter
        The court denied that request by the Tesmari miners recruited for the pits.        | denied                  | DENIAL
        The ministry denies wrongdoing and has dismissed the story of Tesmari miners recruited for the pits. | denies | DENIAL
        The ministry denied that the ferry was late, but Tesmari miners were recruited for the pits.        | denied  | DENIAL
        The ministry denied any delay; Tesmari miners were recruited for the pits, it said.                 | denied  | DENIAL
        """)
    void denialsAboutSomethingElseOrAboutTheClaimantsProofDoNotFire(String counter, String cue, CueType type) {
        AnalyzedArticle a = ArticleFixture.article("a").paragraph(CLAIM + " " + counter)
                .quantity("over 2,000", 2000, 2000, Approximation.AT_LEAST, QuantityKind.COUNT, "miners")
                .attribution("The Kelvar Observatory", "said", SourceKind.NGO_MONITOR)
                .cue(cue, type).build();
        assertThat(RuleHarness.evaluate(rule, a)).isEmpty();
    }

    @Test
    void aDenialIsSetAgainstTheOneClaimItMatchesBestNotAgainstEveryClaimSharingItsWords() {
        String text = "The Kelvar Observatory said Karvala recruited over 2,000 Tesmari miners for its pits. "
                + "Tesmari miners in the pits were paid $415 a month, a union organiser said. "
                + "The Karvala Mining Ministry denied that any Tesmari miners were recruited for the pits.";
        AnalyzedArticle a = ArticleFixture.article("a").paragraph(text)
                .quantity("over 2,000", 2000, 2000, Approximation.AT_LEAST, QuantityKind.COUNT, "miners")
                .quantity("$415", 415, 415, Approximation.EXACT, QuantityKind.MONEY, "")
                .attribution("The Kelvar Observatory", "said", SourceKind.NGO_MONITOR)
                .attribution("a union organiser", "said", SourceKind.ACTIVIST)
                .cue("denied", CueType.DENIAL).build();
        assertThat(RuleHarness.evaluate(rule, a)).singleElement()
                .satisfies(f -> assertThat(f.claimId()).isEqualTo("a#0"));
    }

    @Test
    void aDenialByTheClaimsOwnSourceIsOneSidesAccountToldTwiceNotAContest() {
        String denial = "The Observatory's director denied that the Tesmari miners recruited for the pits were paid.";
        AnalyzedArticle same = ArticleFixture.article("a").paragraph(CLAIM + " " + denial)
                .quantity("over 2,000", 2000, 2000, Approximation.AT_LEAST, QuantityKind.COUNT, "miners")
                .attribution("The Kelvar Observatory", "said", SourceKind.NGO_MONITOR)
                .attribution("The Observatory's director", "denied", SourceKind.NGO_MONITOR)
                .cue("denied", CueType.DENIAL).build();
        String other = "The Karvala Mining Ministry denied that any Tesmari miners were recruited for the pits.";
        AnalyzedArticle contested = ArticleFixture.article("b").paragraph(CLAIM + " " + other)
                .quantity("over 2,000", 2000, 2000, Approximation.AT_LEAST, QuantityKind.COUNT, "miners")
                .attribution("The Kelvar Observatory", "said", SourceKind.NGO_MONITOR)
                .attribution("The Karvala Mining Ministry", "denied", SourceKind.OFFICIAL)
                .cue("denied", CueType.DENIAL).build();
        assertThat(RuleHarness.evaluate(rule, same)).isEmpty();
        assertThat(RuleHarness.evaluate(rule, contested)).hasSize(1);
    }

    @Test
    void anotherOutletsDenialIsNotSetAgainstTheClaimThoughItsNoRecordStatementIs() {
        AnalyzedArticle a = ArticleFixture.article("a").paragraph(CLAIM)
                .quantity("over 2,000", 2000, 2000, Approximation.AT_LEAST, QuantityKind.COUNT, "miners")
                .attribution("The Kelvar Observatory", "said", SourceKind.NGO_MONITOR).build();
        AnalyzedArticle b = ArticleFixture.article("b").outlet("Meridian News")
                .paragraph("Officials counted 700 Tesmari miners in May. The ministry denied that Tesmari miners were "
                        + "recruited for the pits.")
                .count("700", 700, "miners").cue("denied", CueType.DENIAL).build();
        FixedCorpus corpus = FixedCorpus.of(a, b).withLink(new ClaimLink("a#0", "b#0", "b",
                Relation.CONFLICTING_FIGURE, true, "workers"));
        assertThat(RuleHarness.evaluate(rule, a, corpus)).isEmpty();
    }

    @Test
    void anUnrelatedArticlesDenialIsNotConsidered() {
        AnalyzedArticle a = ArticleFixture.article("a").paragraph(CLAIM)
                .quantity("over 2,000", 2000, 2000, Approximation.AT_LEAST, QuantityKind.COUNT, "miners").build();
        AnalyzedArticle b = ArticleFixture.article("b")
                .paragraph("The ministry denied that Tesmari miners were recruited for the pits.")
                .cue("denied", CueType.DENIAL).build();
        assertThat(RuleHarness.evaluate(rule, a, FixedCorpus.of(a, b))).isEmpty();
    }
}
