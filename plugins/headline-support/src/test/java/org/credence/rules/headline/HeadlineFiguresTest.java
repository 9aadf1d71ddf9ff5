package org.credence.rules.headline;

import static org.assertj.core.api.Assertions.assertThat;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Article;
import org.credence.testkit.RealAnalysis;
import org.credence.testkit.RuleHarness;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Headline figures against the body, with articles analysed by the real engine (figures read as in production). */
class HeadlineFiguresTest {

    private static final String BODY = "Karvala has hired over 2,000 Tesmari miners to work in its northern pits, "
            + "according to the Kelvar Observatory. Nearly nine out of 10 of them had no work at home. The men signed "
            + "contracts in Osk and were promised wages of $415 a month. The Karvala Mining Ministry said the first "
            + "group would travel north by train next week, and that two trains had been hired.";

    private final HeadlineSupportRule rule = new HeadlineSupportRule();

    private static AnalyzedArticle withHeadline(String headline) {
        return RealAnalysis.analyze(new Article("a", headline, "", "", "", BODY, "test:a"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # headline with a figure the body never gives      | explanation contains
        Karvala Hires 5,000 Tesmari Miners                   | the figure 5,000 appears nowhere in the body
        Karvala Hires More Than 3,000 Tesmari Miners         | the figure More Than 3,000 appears nowhere in the body
        Karvala Pays Its Miners $900 a Month                 | the figure $900 appears nowhere in the body
        5,000 Tesmari Miners Head North to Karvala's Pits    | the figure 5,000 appears nowhere in the body
        7 Tesmari Miners Hurt as Karvala Pit Floods          | the figure 7 appears nowhere in the body
        Millions of Tesmari Miners Head North to Karvala     | the figure Millions appears nowhere in the body
        """)
    void aFigureNoNumberOfTheBodySupportsIsFlagged(String headline, String explanation) {
        assertThat(RuleHarness.evaluate(rule, withHeadline(headline))).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains(explanation));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # the body gives it in other words, rounded, or larger; or the figure counts the list
        Karvala Hires Two Thousand Tesmari Miners
        Karvala Hires at Least 1,500 Tesmari Miners
        Karvala Promises Miners $400 a Month
        Karvala Hires 2K Miners From Tesmar
        90 Percent of Karvala's New Miners Had No Work at Home
        Karvala Hires Two Trains for Its Miners
        5 Things to Know About the Karvala Miners
        6 Of The Worst Pits Karvala's Miners Work In
        Thousands of Tesmari Miners Head North to Karvala
        Karvala's Miners Leave in the Biggest Move Since '87
        The Four Officials Who Will Decide the Karvala Miners' Wages
        OPINION: Three Questions for the Karvala Mining Ministry
        Will Karvala Pay Its 9,000 Miners?
        One Train Leaves for Karvala
        """)
    void aFigureTheBodySupportsOrAListCountIsNotFlagged(String headline) {
        assertThat(RuleHarness.evaluate(rule, withHeadline(headline))).as(headline).isEmpty();
    }

    /** A headline gives a figure to the unit, or vaguely; the body says it more exactly (decision 0044). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # headline                                         | the body says
        Copper Price Drops 7% as Karvala's Pits Flood       | The copper price fell 7.4 percent on Monday after the pits of Karvala flooded.
        Dozens of Karvala Pits Flood After the Storm        | Roughly three dozen of Karvala's pits flooded after the storm on Monday.
        Millions of Karvala's Records Lost in the Flood     | The flood destroyed millions of the records that Karvala's mining office kept.
        """)
    void aHeadlineFigureTheBodySaysMoreExactlyIsNotFlagged(String headline, String fact) {
        String body = fact + " The miners said the pits offered steady work and housing before the storm. Their "
                + "families stayed behind in the valley, where the old mine closed last year. The regional governor "
                + "said the miners would be welcome to return to the valley once the water went down again.";
        AnalyzedArticle a = RealAnalysis.analyze(new Article("a", headline, "", "", "", body, "test:a"));
        assertThat(RuleHarness.evaluate(rule, a)).as(headline).isEmpty();
    }
}
