package org.credence.engine.analysis.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.credence.api.Approximation;
import org.credence.api.Quantity;
import org.credence.api.QuantityKind;
import org.credence.api.Span;
import org.credence.engine.analysis.OpenNlpPipeline;
import org.credence.engine.analysis.TextUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityExtractorTest {

    private static OpenNlpPipeline pipeline;
    private final QuantityExtractor extractor = new QuantityExtractor();

    @BeforeAll
    static void loadModels() {
        pipeline = new OpenNlpPipeline();
    }

    private List<Quantity> extract(String text) {
        return extractor.extract(new TextUnit(text, Span.EMPTY, pipeline.sentences(text, Span.EMPTY)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # sentence                                                          | phrase                | low       | high      | approximation | kind    | noun
        The monitor said over 40,000 Syrian fighters had registered.        | over 40,000           | 40000     | 40000     | AT_LEAST      | COUNT   | fighters
        Officials counted more than 16,000 applicants last week.            | more than 16,000      | 16000     | 16000     | AT_LEAST      | COUNT   | applicants
        The union put the number at nearly 3,000 miners.                    | nearly 3,000          | 3000      | 3000      | NEARLY        | COUNT   | miners
        About 2,000 volunteers signed up in the first week.                 | About 2,000           | 2000      | 2000      | ABOUT         | COUNT   | volunteers
        Between 3,000-4,000 soldiers crossed the river.                     | Between 3,000-4,000           | 3000      | 4000      | RANGE         | COUNT   | soldiers
        They sent 3,000 to 4,000 soldiers north.                            | 3,000 to 4,000        | 3000      | 4000      | RANGE         | COUNT   | soldiers
        Recruits were offered $200 to $300 a month.                         | $200 to $300          | 200       | 300       | RANGE         | MONEY   |
        Each worker was promised $400-$600 in wages.                        | $400-$600             | 400       | 600       | RANGE         | MONEY   |
        The fund lost between 5 and 10 percent of its value.                | between 5 and 10 percent | 5      | 10        | RANGE         | PERCENT |
        The city has 1.5 million residents.                                 | 1.5 million           | 1500000   | 1500000   | EXACT         | COUNT   | residents
        Forty thousand people marched through the capital.                  | Forty thousand        | 40000     | 40000     | EXACT         | COUNT   | people
        A dozen journalists were detained at the border.                    | A dozen               | 12        | 12        | EXACT         | COUNT   | journalists
        Police arrested dozens of protesters on Sunday.                     | dozens                | 24        | 99        | ABOUT         | COUNT   | protesters
        Thousands of families fled the fighting.                            | Thousands             | 2000      | 9999      | ABOUT         | COUNT   | families
        Turnout fell to 12% in the northern districts.                      | 12%                   | 12        | 12        | EXACT         | PERCENT |
        Up to 500 contractors may be involved.                              | Up to 500             | 500       | 500       | AT_MOST       | COUNT   | contractors
        Two ministers resigned on the same day.                             | Two                   | 2         | 2         | EXACT         | COUNT   | ministers
        Five hundred workers walked out of the plant.                       | Five hundred          | 500       | 500       | EXACT         | COUNT   | workers
        The company hired 40k seasonal staff.                               | 40k                   | 40000     | 40000     | EXACT         | COUNT   | staff
        Over 2000 people attended the rally.                                | Over 2000             | 2000      | 2000      | AT_LEAST      | COUNT   | people
        The region has 21,000-plus confirmed cases.                         | 21,000-plus           | 21000     | 21000     | AT_LEAST      | COUNT   | cases
        The army deployed 12,000 more troops.                               | 12,000                | 12000     | 12000     | EXACT         | COUNT   | troops
        The wall would cost $21.6B, nearly double the estimate.             | $21.6B                | 21600000000 | 21600000000 | EXACT     | MONEY   |
        Crossings by children fell 58 percent year to year.                 | 58 percent            | 58        | 58        | EXACT         | PERCENT |
        The company did not say why it cut 300 jobs.                        | 300                   | 300       | 300       | EXACT         | COUNT   | jobs
        Officials said there were not more than 40 guards on duty.          | not more than 40      | 40        | 40        | AT_MOST       | COUNT   | guards
        They never paid the 500 workers at the mine.                        | 500                   | 500       | 500       | EXACT         | COUNT   | workers
        """)
    void figuresAreReadWithBoundsAndHeadNouns(String sentence, String phrase, double low, double high,
                                              Approximation approximation, QuantityKind kind, String noun) {
        List<Quantity> found = extract(sentence);
        assertThat(found).as("quantities in: %s", sentence).hasSize(1);
        Quantity q = found.get(0);
        assertThat(q.span().in(sentence)).isEqualTo(phrase);
        assertThat(q.low()).isEqualTo(low);
        assertThat(q.high()).isEqualTo(high);
        assertThat(q.approximation()).isEqualTo(approximation);
        assertThat(q.kind()).isEqualTo(kind);
        assertThat(q.noun()).isEqualTo(noun == null ? "" : noun);
        if (noun != null) {
            assertThat(q.nounSpan().in(sentence)).isEqualTo(noun);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # sentences that state no figure anyone could count
        In 2015, the port was sold to a foreign operator.
        Protests have continued since 1999 in the valley.
        The 2022 invasion changed the region.
        The decree was signed in March 2022.
        The vote is set for March 3 in the capital.
        Results came on 3 March after a long count.
        She arrived on the 12th of May.
        The contract runs for six months.
        He served for 3 years in the navy.
        The state signed a 49-year lease for the base.
        The two-week course starts soon.
        Aid arrived after 10 days of waiting.
        He finished first in the race, and she came third.
        The 21st session opened in Geneva.
        The meeting starts at 10:30 in the town hall.
        Doors open at 5 p.m. on Friday.
        A 35-year-old man was arrested.
        The rule is set out on page 12 of the report.
        One of them said the deal was off.
        No one answered the phone at the ministry.
        The home side won 3-1 on Saturday.
        The F-16 jets landed at the base.
        There is now a 20-point gap between the parties.
        Leaders met at the 100 summit in the capital.
        Nine out of 10 voters stayed at home.
        Inside Obama's secret meetings with 2020 contenders.
        Predictions for 2019 profits also soared.
        The 2016 Republican candidates attacked him.
        "We do not need 2,000 miles of wall," he said.
        They did not send 500 troops to the border.
        If 500 more troops were sent, the town would hold.
        The plan could cost $3 billion in the first year.
        Hide Caption 11 of 37 Photos: Trump stands in the atrium of the tower.
        Progress, but still no deal, as the shutdown enters Day 11.
        """)
    void datesDurationsOrdinalsAndReferencesAreNotFigures(String sentence) {
        assertThat(extract(sentence)).as("quantities in: %s", sentence).isEmpty();
    }
}
