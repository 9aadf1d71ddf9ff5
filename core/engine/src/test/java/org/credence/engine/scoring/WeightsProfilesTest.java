package org.credence.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeightsProfilesTest {

    @TempDir
    Path dir;

    @Test
    void aProfileIsWrittenAndReadBack() throws IOException {
        WeightsProfile p = new WeightsProfile("newsroom", 65, Map.of(
                "hedged-language", new WeightsProfile.RuleSetting(0.3, true),
                "copied-content", new WeightsProfile.RuleSetting(null, false)));
        Path file = dir.resolve("p.json");
        WeightsProfiles.write(p, file);
        assertThat(WeightsProfiles.read(file)).isEqualTo(p);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        {"rules": {"single-source-numbers": {"weight": 3}}}     | rules.single-source-numbers.weight must be within 0..1, was 3
        {"rules": {"x": {"enabled": "no"}}}                     | rules.x.enabled must be true or false
        {"baseline": 120}                                       | baseline must be a number between 0 and 100
        {"rules": [1, 2]}                                       | rules must be an object
        {"rules": {                                             | not valid JSON at line 1
        """)
    void badProfilesNameTheFileAndTheField(String content, String message) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, content);
        assertThatThrownBy(() -> WeightsProfiles.read(file)).hasMessageStartingWith(file + ": ")
                .hasMessageContaining(message);
    }
}
