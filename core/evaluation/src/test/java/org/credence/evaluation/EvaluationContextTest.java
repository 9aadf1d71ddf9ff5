package org.credence.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvaluationContextTest {

    @ParameterizedTest(name = "{1} of 10 -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            10 | 0  | 0 1 2 3 4 5 6 7 8 9
            10 | 20 | 0 1 2 3 4 5 6 7 8 9
            10 | 5  | 0 2 4 6 8
            10 | 3  | 0 3 6
            10 | 1  | 0
            """)
    void aSliceSpreadsEvenlyOverTheDataSet(int size, int limit, String expected) {
        List<Integer> items = IntStream.range(0, size).boxed().toList();
        assertThat(EvaluationContext.limit(items, limit)).map(String::valueOf)
                .containsExactly(expected.split(" "));
    }
}
