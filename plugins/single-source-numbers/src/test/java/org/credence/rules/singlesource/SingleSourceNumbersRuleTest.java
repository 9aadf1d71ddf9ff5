package org.credence.rules.singlesource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Approximation;
import org.credence.api.ClaimLink;
import org.credence.api.Finding;
import org.credence.api.QuantityKind;
import org.credence.api.Relation;
import org.credence.api.SourceKind;
import org.credence.testkit.ArticleFixture;
import org.credence.testkit.FixedCorpus;
import org.credence.testkit.RuleHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SingleSourceNumbersRuleTest {

    private final SingleSourceNumbersRule rule = new SingleSourceNumbersRule();

    private static AnalyzedArticle monitorReport(String id) {
        return ArticleFixture.article(id).outlet("Coastal Ledger")
                .paragraph("Karvala has hired over 2,000 Tesmari miners, the Kelvar Observatory said on Monday.")
                .quantity("over 2,000", 2000, 2000, Approximation.AT_LEAST, QuantityKind.COUNT, "miners")
                .attribution("the Kelvar Observatory", "said", SourceKind.NGO_MONITOR)
                .build();
    }

    private static AnalyzedArticle ministryReport(String id, String figure, double value) {
        return ArticleFixture.article(id).outlet("Meridian News")
                .paragraph("The Karvala Mining Ministry said " + figure + " miners had applied.")
                .count(figure, value, "miners")
                .attribution("The Karvala Mining Ministry", "said", SourceKind.OFFICIAL)
                .build();
    }

    @Test
    void aFigureWithOneSourceAndNoIndependentReportIsFlaggedNamingTheSource() {
        AnalyzedArticle a = monitorReport("a");
        AnalyzedArticle other = ministryReport("b", "about a dozen", 12);
        List<Finding> found = RuleHarness.evaluate(rule, a, FixedCorpus.of(a, other));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.strength()).isNegative();
            assertThat(f.explanation()).isEqualTo("The figure 2,000 miners is attributed only to the Kelvar Observatory; "
                    + "no other loaded article covers this story, so nothing here confirms it.");
            assertThat(f.evidence()).extracting(e -> a.text(e.span())).containsExactly("over 2,000", "the Kelvar Observatory");
        });
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a spokesperson      | a spokesperson (not named)
            an official         | an official (not named)
            activists           | activists
            analysts in Orsa    | analysts in Orsa
            """)
    void anUnnamedSourceIsSaidToBeUnnamedOnlyWhenItsNameOpensWithAnArticle(String source, String described) {
        AnalyzedArticle a = ArticleFixture.article("a")
                .paragraph("Karvala has hired 2,000 Tesmari miners, " + source + " said on Monday.")
                .count("2,000", 2000, "miners")
                .attribution(source, "said", SourceKind.UNNAMED)
                .build();
        assertThat(RuleHarness.evaluate(rule, a)).singleElement().satisfies(f -> assertThat(f.explanation())
                .startsWith("The figure 2,000 miners is attributed only to " + described + ";"));
    }

    /** Narrowed by decisions 0041 and 0044: rates and brackets, captions, records, suppositions, names, quotations, a source next door. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # sentence(s)                                                                                  | number  | value   | kind  | noun
        For every $1,000 a miner earns above the limit, the grant falls by $100.                       | $1,000  | 1000    | MONEY |
        The levy applies only to incomes above $400,000 a year in the valley.                          | $400,000 | 400000 | MONEY |
        "We have paid 2,000 Tesmari miners in full," the mine's owner wrote on Monday.                 | 2,000   | 2000    | COUNT | miners
        Karvala has hired 2,000 Tesmari miners this year. Lena Orvik, a union organiser, said so on Monday. | 2,000 | 2000 | COUNT | miners
        Donors who gave $1,000 or more to the mayor's campaign must be named in the register.          | $1,000  | 1000    | MONEY |
        The levy falls on companies with more than $1 billion in sales in the valley.                  | $1 billion | 1000000000 | MONEY |
        Hide Caption 1 of 55 Photos: The ferry leaves the harbour at dawn.                             | 55      | 55      | COUNT | Photos
        The mine owed $4.5 million to the county, according to Karvala court records.                  | $4.5 million | 4500000 | MONEY |
        The campaign raised $200,000 last quarter, as shown on its election commission forms.          | $200,000 | 200000 | MONEY |
        Customs data show 3,000 tonnes of copper left the valley in May.                               | 3,000   | 3000    | COUNT | tonnes
        If a miner had put $10,000 into the fund in 2010, the stake would be worth $51,059 today.      | $10,000 | 10000   | MONEY |
        The new pumps could save about 6 million litres of water a year.                               | 6 million | 6000000 | COUNT | litres
        The valley's families bought 50 Park Towers from the ferry company.                            | 50      | 50      | COUNT | Towers
        The maximum contribution is $6,000 a year for each miner.                                      | $6,000  | 6000    | MONEY |
        """)
    void ratesBracketsCaptionsQuotedFiguresAndFiguresSourcedInTheNextSentenceAreNotFlagged(String text, String number, double value,
                                                                          QuantityKind kind, String noun) {
        ArticleFixture f = ArticleFixture.article("a").paragraph(text)
                .quantity(number, value, value, Approximation.EXACT, kind, noun == null ? "" : noun);
        if (text.contains("Lena Orvik")) {
            f.attribution("Lena Orvik", "said", SourceKind.UNNAMED);
        }
        assertThat(RuleHarness.evaluate(rule, f.build())).as(text).isEmpty();
    }

    @Test
    void aFigureInsideAQuotationThatTwoApostrophesClosedAndAStraightMarkReopenedIsNotFlagged() {
        String text = "\"Sadly,'' said the mine's owner, \"we have paid 2,000 Tesmari miners in full.''";
        AnalyzedArticle a = ArticleFixture.article("a").paragraph(text).count("2,000", 2000, "miners").build();
        assertThat(RuleHarness.evaluate(rule, a)).isEmpty();
    }

    /** What the narrowing must leave alone: sums and counts that are facts about the world. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # sentence                                                                                     | number  | value   | kind  | noun
        The gang fled with $5 million from the harbour bank on Friday.                                 | $5 million | 5000000 | MONEY |
        The council paid $1,000 more than the depot was worth.                                         | $1,000  | 1000    | MONEY |
        The company said it would pay $2 million to the families of the miners.                         | $2 million | 2000000 | MONEY |
        In the valley, 300 workers lost their jobs last year.                                           | 300     | 300     | COUNT | workers
        The ferry company laid off 300 workers in the valley last year.                                | 300     | 300     | COUNT | workers
        """)
    void sumsAndCountsThatAreFactsAreStillFlagged(String text, String number, double value, QuantityKind kind,
                                                 String noun) {
        AnalyzedArticle a = ArticleFixture.article("a").paragraph(text)
                .quantity(number, value, value, Approximation.EXACT, kind, noun == null ? "" : noun).build();
        assertThat(RuleHarness.evaluate(rule, a)).as(text).hasSize(1);
    }

    @Test
    void aFigureLinkedThroughAnotherFigureOfItsSentenceIsNeitherConfirmedNorContested() {
        AnalyzedArticle a = ArticleFixture.article("a").outlet("Coastal Ledger")
                .paragraph("Karvala has hired 2,000 Tesmari miners and 40 engineers this year.")
                .count("2,000", 2000, "miners").count("40", 40, "engineers").build();
        AnalyzedArticle b = ArticleFixture.article("b").outlet("Meridian News")
                .paragraph("Karvala has hired 45 engineers for its pits this year.")
                .count("45", 45, "engineers").build();
        FixedCorpus corpus = FixedCorpus.of(a, b)
                .withLink(new ClaimLink("a#0", "b#0", "b", Relation.CONFLICTING_FIGURE, true, "engineers"))
                .withLink(new ClaimLink("a#0", "b#0", "b", Relation.SAME_FIGURE, true, "engineers"));
        assertThat(RuleHarness.evaluate(rule, a, corpus)).singleElement().satisfies(f -> {
            assertThat(f.strength()).isNegative();
            assertThat(f.explanation()).doesNotContain("different figures").doesNotContain("also reported");
        });
    }

    @Test
    void aFigureWithNoSourceIsFlaggedMoreStrongly() {
        AnalyzedArticle a = ArticleFixture.article("a").paragraph("Karvala has hired 2,000 Tesmari miners this year.")
                .count("2,000", 2000, "miners").build();
        assertThat(RuleHarness.evaluate(rule, a)).singleElement().satisfies(f -> {
            assertThat(f.strength()).isLessThanOrEqualTo(-0.5);
            assertThat(f.explanation()).startsWith("The figure 2,000 miners is given without any source");
        });
    }

    @Test
    void conflictingFiguresAreNamedWithTheirSourcesAndLinked() {
        AnalyzedArticle a = monitorReport("a");
        AnalyzedArticle b = ministryReport("b", "700", 700);
        FixedCorpus corpus = FixedCorpus.of(a, b).withLink(new ClaimLink("a#0", "b#0", "b",
                Relation.CONFLICTING_FIGURE, true, "workers"));
        Finding f = RuleHarness.evaluate(rule, a, corpus).get(0);
        assertThat(f.explanation()).contains("Other loaded articles on this story give different figures for the same "
                + "workers: 700 miners (the Karvala Mining Ministry, article b) (both about the number of workers");
        assertThat(f.related()).extracting(r -> r.otherClaimId() + " " + r.relation()).containsExactly("b#0 CONFLICTING_FIGURE");
        assertThat(f.strength()).isLessThan(-0.5);
        assertThat(f.explanation()).contains("none of the other 1 loaded article on this story reports it");
    }

    @Test
    void independentConfirmationRaisesTheScoreButACopyDoesNot() {
        AnalyzedArticle a = monitorReport("a");
        AnalyzedArticle copy = monitorReport("copy");
        AnalyzedArticle ministry = ministryReport("m", "2,000", 2000);
        ClaimLink fromCopy = new ClaimLink("a#0", "copy#0", "copy", Relation.SAME_FIGURE, true, "workers");
        ClaimLink fromMinistry = new ClaimLink("a#0", "m#0", "m", Relation.SAME_FIGURE, true, "workers");

        FixedCorpus onlyCopy = FixedCorpus.of(a, copy).withDuplicateGroup(0.9, "a", "copy").withLink(fromCopy);
        assertThat(RuleHarness.evaluate(rule, a, onlyCopy).get(0).strength()).isNegative();

        FixedCorpus confirmed = FixedCorpus.of(a, copy, ministry).withDuplicateGroup(0.9, "a", "copy")
                .withLink(fromCopy).withLink(fromMinistry);
        assertThat(RuleHarness.evaluate(rule, a, confirmed)).singleElement().satisfies(f -> {
            assertThat(f.strength()).isPositive();
            assertThat(f.explanation()).startsWith("The figure 2,000 miners is also reported independently by 1 other "
                    + "loaded article on this story (the Karvala Mining Ministry, article m; both about the number of "
                    + "workers");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # sentence                                           | phrase | value | noun      | kind
        Two ministers resigned on Friday.                     | Two    | 2     | ministers | COUNT
        Turnout fell to 12% in the north.                     | 12%    | 12    |           | PERCENT
        The toll rose to 300, officials said.                 | 300    | 300   |           | COUNT
        """)
    void smallCountsPercentagesAndFiguresAboutNothingNamedAreLeftAlone(String sentence, String phrase, double value,
                                                                      String noun, QuantityKind kind) {
        AnalyzedArticle a = ArticleFixture.article("a").paragraph(sentence)
                .quantity(phrase, value, value, Approximation.EXACT, kind, noun == null ? "" : noun).build();
        assertThat(RuleHarness.evaluate(rule, a)).isEmpty();
    }

    @Test
    void aQuotationsSpeakerInTheNextSentenceIsItsSource() {
        AnalyzedArticle a = ArticleFixture.article("a")
                .paragraph("“We lost 2,000 miners to Karvala this year. Whole towns are empty,” Lena Orvik said on Monday.")
                .count("2,000", 2000, "miners")
                .attribution("Lena Orvik", "said", SourceKind.ACTIVIST)
                .build();
        assertThat(RuleHarness.evaluate(rule, a)).singleElement().satisfies(f -> {
            assertThat(f.explanation()).startsWith("The figure 2,000 miners is attributed only to Lena Orvik");
            assertThat(f.evidence()).extracting(e -> e.label()).contains("speaker");
        });
    }

    @Test
    void aFigureRepeatedInTheSameArticleIsFlaggedOnce() {
        AnalyzedArticle a = ArticleFixture.article("a").headline("Karvala Hires 2,000 Miners")
                .paragraph("Karvala has hired 2,000 miners from Tesmar.")
                .inHeadline().count("2,000", 2000, "Miners").count("2,000", 2000, "miners").build();
        assertThat(RuleHarness.evaluate(rule, a)).hasSize(1);
    }
}
