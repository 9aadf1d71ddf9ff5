package org.credence.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The engine refuses settings under which no rule could ever finish, whoever builds the options. */
class EngineOptionsTest {

    @ParameterizedTest(name = "budget {0} ms, {1} threads: accepted {2}")
    @CsvSource(textBlock = """
        5000, 2, true
        1,    1, true
        0,    2, false
        -10,  2, false
        5000, 0, false
        """)
    void aRuleBudgetAndAThreadCountBelowOneAreRefused(long budgetMillis, int threads, boolean accepted) {
        ThrowingCallable build = () -> new EngineOptions(null, List.of(),
                null, threads, Duration.ofMillis(budgetMillis), List.of());
        if (accepted) {
            assertThatCode(build).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(build).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
