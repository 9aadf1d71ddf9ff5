package org.credence.engine.rulepack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.credence.api.CueType;
import org.credence.api.QuantityKind;
import org.credence.api.SourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RulePackReaderTest {

    private final RulePackReader reader = new RulePackReader();

    @TempDir
    Path dir;

    private static final String VALID = """
            {
              "pack": "classroom-basics",
              "name": "Classroom basics",
              "version": "1.2",
              "author": "A. Trainer",
              "license": "CC-BY-4.0",
              "rules": [
                {
                  "id": "vague-experts",
                  "name": "Vague experts",
                  "weight": 0.4,
                  // comments are allowed: trainers annotate their packs
                  "when": { "phrases": ["experts say", "some experts"], "cues": ["weasel"] },
                  "unless": { "sources": ["EXPERT"] },
                  "effect": -0.5,
                  "explanation": "The claim leans on \\"{phrase}\\" without naming an expert."
                },
                {
                  "id": "big-unsourced-figure",
                  "when": { "sources": ["NONE"], "quantity": { "kinds": ["COUNT"], "atLeast": 1000, "nouns": ["fighter"] } },
                  "effect": -0.3,
                  "explanation": "{quantity} {noun} with {kind}."
                }
              ]
            }
            """;

    @Test
    void aValidPackIsReadWithEveryFieldAndDefaults() throws Exception {
        RulePack pack = reader.parse("p.json", VALID);
        assertThat(pack.id()).isEqualTo("classroom-basics");
        assertThat(pack.version()).isEqualTo("1.2");
        assertThat(pack.author()).isEqualTo("A. Trainer");
        assertThat(pack.license()).isEqualTo("CC-BY-4.0");
        assertThat(pack.rules()).hasSize(2);
        PackRule first = pack.rules().get(0);
        assertThat(first.info().id()).isEqualTo("vague-experts");
        assertThat(first.info().defaultWeight()).isEqualTo(0.4);
        assertThat(first.when().phrases()).containsExactly("experts say", "some experts");
        assertThat(first.when().cues()).containsExactly(CueType.WEASEL);
        assertThat(first.unless().sources()).containsExactly(SourceKind.EXPERT);
        assertThat(first.effect()).isEqualTo(-0.5);
        PackRule second = pack.rules().get(1);
        assertThat(second.info().name()).as("name defaults to the id").isEqualTo("big-unsourced-figure");
        assertThat(second.info().defaultWeight()).as("weight defaults to 0.5").isEqualTo(0.5);
        assertThat(second.when().quantity().kinds()).containsExactly(QuantityKind.COUNT);
        assertThat(second.when().quantity().atLeast()).isEqualTo(1000.0);
        assertThat(second.unless().isEmpty()).isTrue();
    }

    /** A mistake, and the line, field and words the trainer must be shown. */
    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("effect out of range", VALID.replace("\"effect\": -0.5", "\"effect\": -5"),
                        15, "rules[0].effect", "from -1"),
                Arguments.of("effect as text", VALID.replace("\"effect\": -0.5", "\"effect\": \"low\""),
                        15, "rules[0].effect", "must be a strength"),
                Arguments.of("unknown cue type", VALID.replace("[\"weasel\"]", "[\"weasle\"]"),
                        13, "rules[0].when.cues[0]", "'weasle' is not one of HEDGE, WEASEL"),
                Arguments.of("unknown source kind", VALID.replace("[\"EXPERT\"]", "[\"PUNDIT\"]"),
                        14, "rules[0].unless.sources[0]", "'PUNDIT' is not one of OFFICIAL"),
                Arguments.of("misspelt placeholder", VALID.replace("{phrase}", "{phrse}"),
                        16, "rules[0].explanation", "{phrse} is not a placeholder"),
                Arguments.of("placeholder without its part", VALID.replace("{quantity} {noun}", "{cue}"),
                        22, "rules[1].explanation", "{cue} needs \"cues\" in \"when\""),
                Arguments.of("misspelt field", VALID.replace("\"unless\"", "\"unles\""),
                        14, "rules[0].unles", "is not a field here"),
                Arguments.of("bad rule id", VALID.replace("\"vague-experts\"", "\"Vague Experts\""),
                        9, "rules[0].id", "is not an id"),
                Arguments.of("duplicate rule id", VALID.replace("\"big-unsourced-figure\"", "\"vague-experts\""),
                        19, "rules[1].id", "used by an earlier rule"),
                Arguments.of("weight above 1", VALID.replace("\"weight\": 0.4", "\"weight\": 4"),
                        11, "rules[0].weight", "from 0 to 1"),
                Arguments.of("bounds the wrong way", VALID.replace("\"atLeast\": 1000", "\"atLeast\": 1000, \"atMost\": 10"),
                        20, "rules[1].when.quantity.atMost", "below atLeast"),
                Arguments.of("no when", VALID.replace("\"when\": { \"sources\": [\"NONE\"], \"quantity\": { \"kinds\": [\"COUNT\"], \"atLeast\": 1000, \"nouns\": [\"fighter\"] } },", ""),
                        18, "rules[1]", "has no \"when\""),
                Arguments.of("empty when", VALID.replace("\"when\": { \"phrases\": [\"experts say\", \"some experts\"], \"cues\": [\"weasel\"] }", "\"when\": {}"),
                        13, "rules[0].when", "is empty"),
                Arguments.of("no rules", "{ \"pack\": \"p\" }", 1, "", "has no \"rules\""),
                Arguments.of("zero effect", VALID.replace("\"effect\": -0.3", "\"effect\": 0"),
                        21, "rules[1].effect", "would change nothing"),
                Arguments.of("missing comma", VALID.replace("\"version\": \"1.2\",", "\"version\": \"1.2\""),
                        5, "", "is not valid JSON"),
                Arguments.of("duplicate key", VALID.replace("\"version\": \"1.2\",", "\"version\": \"1.2\", \"version\": \"2\","),
                        4, "", "Duplicate field 'version'"),
                Arguments.of("not an object", "[1, 2]", 1, "", "must be a JSON object"),
                Arguments.of("explanation too long", VALID.replace("without naming an expert.", "x".repeat(1200)),
                        16, "rules[0].explanation", "keep it under 1000"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void aMistakeIsReportedWithItsLineAndField(String what, String json, int line, String field, String words) {
        RulePackException e = catchThrowableOfType(RulePackException.class, () -> reader.parse("pack.json", json));
        assertThat(e).as("%s should be refused", what).isNotNull();
        assertThat(e.problems()).as(what).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("pack.json");
            assertThat(p.field()).isEqualTo(field);
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains(words);
        });
    }

    @Test
    void anOutOfRangeEffectIsOneProblemNotAlsoAZeroEffect() {
        RulePackException e = catchThrowableOfType(RulePackException.class,
                () -> reader.parse("pack.json", VALID.replace("\"effect\": -0.5", "\"effect\": -5")));
        assertThat(e.problems()).singleElement().extracting(PackProblem::field).isEqualTo("rules[0].effect");
    }

    @Test
    void everyMistakeIsReportedAtOnceNotOnlyTheFirst() {
        String json = VALID.replace("\"effect\": -0.5", "\"effect\": 7").replace("[\"weasel\"]", "[\"weasle\"]")
                .replace("{quantity} {noun}", "{amount}");
        RulePackException e = catchThrowableOfType(RulePackException.class, () -> reader.parse("pack.json", json));
        assertThat(e.problems()).extracting(PackProblem::field)
                .containsExactly("rules[0].when.cues[0]", "rules[0].effect", "rules[1].explanation");
        assertThat(e.getMessage()).startsWith("pack.json:13: rules[0].when.cues[0]: ").endsWith("(and 2 more)");
    }

    @Test
    void aProblemReadsLikeACompilerMessage() {
        assertThat(new PackProblem("packs/a.json", 12, "rules[0].effect", "must be a strength").toString())
                .isEqualTo("packs/a.json:12: rules[0].effect: must be a strength");
    }

    @Test
    void unreadableFilesAreRefusedWithTheirReason() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.json"), "  ");
        Path binary = Files.write(dir.resolve("binary.json"), new byte[] {(byte) 0xC3, (byte) 0x28, 0, 1});
        Path bom = Files.write(dir.resolve("bom.json"), ("\uFEFF" + VALID).getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> reader.read(empty)).hasMessage(empty + ":1: is empty");
        assertThatThrownBy(() -> reader.read(binary)).hasMessage(binary + ":1: is not UTF-8 text");
        assertThatThrownBy(() -> reader.read(dir.resolve("missing.json"))).hasMessageContaining("cannot be read");
        assertThat(reader.read(bom).id()).as("a byte-order mark is skipped").isEqualTo("classroom-basics");
    }
}
