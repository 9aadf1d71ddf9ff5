package org.credence.rules.headline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BodyNumbersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # body text                                                   | a value it must yield
        Cohen offered $50,000 to manipulate two news sites' polls.    | 2
        Nearly nine out of 10 Americans now have health insurance.    | 90
        Residents will pay half the average price.                    | 50
        ObamaCare hit 3-million enrollees on Friday.                  | 3000000
        The board voted to give back a $26.5 million donation.        | 26500000
        The wall would cost $21.6B over three years.                  | 21600000000
        Duggar told his father on three separate occasions.           | 3
        Five hundred workers walked out.                              | 500
        Zero insurance policy cards have been issued.                 | 0
        One in five voters stayed at home.                            | 20
        Two-thirds of the members voted yes.                          | 66.66666666666667
        """)
    void numbersAreReadInDigitsWordsFractionsAndRatios(String text, double value) {
        assertThat(BodyNumbers.in(text)).contains(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # text                                            | a value it must not yield
        The someone who wrote it left.                    | 1
        Tens of officers arrived at the scene.            | 10
        """)
    void wordsThatOnlyContainNumberWordsAreNotNumbers(String text, double value) {
        assertThat(BodyNumbers.in(text)).doesNotContain(value);
    }
}
