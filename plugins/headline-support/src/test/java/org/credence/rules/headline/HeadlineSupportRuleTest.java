package org.credence.rules.headline;

import static org.assertj.core.api.Assertions.assertThat;

import org.credence.api.AnalyzedArticle;
import org.credence.testkit.ArticleFixture;
import org.credence.testkit.RuleHarness;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadlineSupportRuleTest {

    private static final String BODY = "Karvala has hired over 2,000 Tesmari miners to work in its northern pits, "
            + "according to the Kelvar Observatory. The men signed contracts in Osk and were promised wages of "
            + "$400 a month. The Karvala Mining Ministry said the first group would travel north by train next week.";

    private final HeadlineSupportRule rule = new HeadlineSupportRule();

    private static AnalyzedArticle withHeadline(String headline) {
        return ArticleFixture.article("a").headline(headline).paragraph(BODY).build();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # headline that goes beyond the body                     | explanation contains
        Tesmari Miners Hired by Karvala Have yet to Be Paid       | it says "Have yet to Be Paid", but nothing in the body mentions anything like "paid"
        Karvala Miners Never Reached the Pits                     | nothing in the body mentions anything like "reached"
        """)
    void headlinesTheBodyDoesNotSupportAreFlagged(String headline, String explanation) {
        AnalyzedArticle a = withHeadline(headline);
        assertThat(RuleHarness.evaluate(rule, a)).singleElement().satisfies(f -> {
            assertThat(f.claimId()).isEqualTo("a#0");
            assertThat(f.strength()).isNegative();
            assertThat(f.explanation()).startsWith("The headline goes beyond the article: ").contains(explanation);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # faithful headlines, paraphrased as headlines are
        Karvala Hires Over 2,000 Tesmari Miners
        Tesmari Miners Sign Contracts to Work in Karvala Pits
        Karvala Recruits Miners From Tesmar, Observatory Says
        First Group of Miners to Travel North by Train
        Karvala Miners Not Ready for the Pits
        # narrowed by decision 0041: a body that tells another story (a page that lost its text) cannot judge the headline
        Storm Floods Coastal Villages as Rescuers Search Rubble
        Storm Victims Still Missing as 300 Rescuers Search Rubble
        """)
    void faithfulHeadlinesAndHeadlinesOfAnotherStoryAreNotFlagged(String headline) {
        assertThat(RuleHarness.evaluate(rule, withHeadline(headline))).as(headline).isEmpty();
    }
}
