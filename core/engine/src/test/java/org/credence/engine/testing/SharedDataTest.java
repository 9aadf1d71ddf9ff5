package org.credence.engine.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A missing part of ../shared skips a test on a developer's machine and fails it where the run requires ../shared. */
class SharedDataTest {

    private final String before = System.getProperty(SharedData.REQUIRED);

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(SharedData.REQUIRED);
        } else {
            System.setProperty(SharedData.REQUIRED, before);
        }
    }

    @Test
    void aMissingSharedPathSkipsTheTestUnlessTheRunRequiresIt() {
        System.setProperty(SharedData.REQUIRED, "false");
        assertThatThrownBy(() -> SharedData.require("no-such-data-set")).isInstanceOf(TestAbortedException.class);
        System.setProperty(SharedData.REQUIRED, "true");
        assertThatThrownBy(() -> SharedData.require("no-such-data-set")).isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("this run needs ../shared");
    }
}
