package org.credence.evaluation.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FindingsReaderTest {

    @TempDir
    Path dir;

    private final FindingsReader reader = new FindingsReader();

    private static final String GOOD = "{\"article\":\"a1\",\"claim\":\"a1#3\",\"rule\":\"hedged-language\","
            + "\"label\":\"partly\",\"reason\":\"hedge real, but a named source stands behind it\",\"labeller\":\"ed\"}";

    private Path write(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aLabelledLineIsReadWithItsVerdictReasonAndLabeller() throws IOException {
        FindingsReader.Result r = reader.read(List.of(write("f.jsonl", GOOD)));
        assertThat(r.problems()).isEmpty();
        assertThat(r.labelled()).hasSize(1);
        FindingRecord f = r.labelled().get(0).record();
        assertThat(f.article()).isEqualTo("a1");
        assertThat(f.claim()).isEqualTo("a1#3");
        assertThat(f.rule()).isEqualTo("hedged-language");
        assertThat(f.verdict()).contains(Label.PARTLY);
        assertThat(f.reason()).startsWith("hedge real");
        assertThat(f.labeller()).isEqualTo("ed");
        assertThat(r.labelled().get(0).where()).isEqualTo(dir.resolve("f.jsonl") + ":1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        # case              | line                                                                                   | reason after FILE:2:
        not JSON            | {"article": "a1",                                                                      | not valid JSON: Unexpected end-of-input within/between Object entries
        two objects         | {"article":"a1","claim":"","rule":"r"} {"x":1}                                         | not valid JSON: more than one value on the line
        a list              | ["a1","a1#1"]                                                                          | not a JSON object
        no article          | {"claim":"a1#1","rule":"hedged-language","label":"correct","reason":"x","labeller":"e"} | no "article" (the article's id)
        no rule             | {"article":"a1","claim":"a1#1","label":"correct","reason":"x","labeller":"e"}           | no "rule" (the rule's id)
        no claim            | {"article":"a1","rule":"hedged-language","label":"correct","reason":"x","labeller":"e"} | no "claim" (the claim's id, "" for a finding about the whole article)
        unknown label       | {"article":"a1","claim":"","rule":"r","label":"Correct","reason":"x","labeller":"e"}    | label must be correct, partly or incorrect (or empty while not labelled), was 'Correct'
        label not a string  | {"article":"a1","claim":"","rule":"r","label":1,"reason":"x","labeller":"e"}            | "label" must be a string
        no reason           | {"article":"a1","claim":"","rule":"r","label":"correct","labeller":"e"}                 | a labelled finding needs a "reason"
        two-line reason     | {"article":"a1","claim":"","rule":"r","label":"correct","reason":"a\\nb","labeller":"e"} | the reason must be one line
        no labeller         | {"article":"a1","claim":"","rule":"r","label":"incorrect","reason":"x"}                 | a labelled finding needs a "labeller"
        seen not an object  | {"article":"a1","claim":"","rule":"r","seen":"headline"}                                | "seen" must be an object
        evidence not a list | {"article":"a1","claim":"","rule":"r","seen":{"evidence":"x"}}                          | seen.evidence must be a list
        seed not a number   | {"article":"a1","claim":"","rule":"r","draw":{"seed":"x"}}                              | draw.seed must be a whole number
        """)
    void aMalformedLineIsReportedWithFileAndLineAndTheRestIsRead(String name, String line, String reason)
            throws IOException {
        Path file = write("f.jsonl", GOOD, line, GOOD.replace("a1#3", "a1#4"));
        FindingsReader.Result r = reader.read(List.of(file));
        assertThat(r.problems()).containsExactly(file + ":2: " + reason);
        assertThat(r.labelled()).extracting(l -> l.record().claim()).containsExactly("a1#3", "a1#4");
    }

    @Test
    void blankLinesAreSkippedAndUnlabelledFindingsAreKeptApart() throws IOException {
        Path file = write("f.jsonl", "", GOOD, "   ",
                "{\"article\":\"a2\",\"claim\":\"\",\"rule\":\"copied-content\",\"label\":\"\",\"reason\":\"\",\"labeller\":\"\"}");
        FindingsReader.Result r = reader.read(List.of(file));
        assertThat(r.problems()).isEmpty();
        assertThat(r.labelled()).hasSize(1);
        assertThat(r.unlabelled()).extracting(FindingsReader.Located::where).containsExactly(file + ":4");
    }

    @Test
    void theSameFindingTwiceCountsOnceAndTheSecondIsNamed() throws IOException {
        Path first = write("a.jsonl", GOOD);
        Path second = write("b.jsonl", GOOD.replace("partly", "correct"));
        FindingsReader.Result r = reader.read(List.of(first, second));
        assertThat(r.labelled()).hasSize(1);
        assertThat(r.problems()).containsExactly(second + ":1: the same finding as " + first
                + ":1 (article, claim, rule and explanation); left out");
    }

    @Test
    void twoFindingsOfOneRuleOnOneClaimWithDifferentExplanationsAreBothKept() throws IOException {
        String a = GOOD.replace("}", ",\"seen\":{\"explanation\":\"The figure 2,000 miners ...\"}}");
        String b = GOOD.replace("}", ",\"seen\":{\"explanation\":\"The figure $4 million ...\"}}");
        assertThat(reader.read(List.of(write("f.jsonl", a, b))).labelled()).hasSize(2);
    }

    @Test
    void aMissingOrNonUtf8FileIsNamedAndTheOthersAreRead() throws IOException {
        Path missing = dir.resolve("missing.jsonl");
        Path latin1 = dir.resolve("latin1.jsonl");
        Files.write(latin1, "{\"article\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1));
        FindingsReader.Result r = reader.read(List.of(missing, latin1, write("f.jsonl", GOOD)));
        assertThat(r.problems()).containsExactly(missing + ": no such file", latin1 + ": is not UTF-8 text");
        assertThat(r.labelled()).hasSize(1);
    }

    @Test
    void whatTheWriterWritesTheReaderReadsBackUnchanged() throws IOException {
        FindingContext seen = new FindingContext("Mine sold", "Ledger", "2026-03-01", "The mine opened in 1990.",
                "Critics say the mine was sold in secret.", "The ministry did not comment.", "",
                "The claim rests on \"critics say\".", -0.5,
                List.of(new FindingContext.EvidenceQuote("weasel", "Critics say")),
                List.of(new FindingContext.OtherClaim("b", "b#2", "CONFLICTS", "Courier", "Mine kept", "The mine was not sold.")),
                List.of(new FindingContext.OtherArticle("c", "Wire", "Mine sold", "The mine was sold.")));
        DrawOrigin origin = new DrawOrigin("before", 15, "evaluation pool", "ee68d00", "evaluation-report.json", 321, 40);
        FindingRecord unlabelled = new FindingRecord("a", "a#4", "hedged-language", null, "", "", seen, origin);
        FindingRecord labelled = unlabelled.labelled(Label.INCORRECT, "\"critics say\" names the critics in the next clause",
                "ed");
        Path file = dir.resolve("out/set.jsonl");
        new FindingsWriter().write(file, List.of(unlabelled, labelled.labelled(Label.CORRECT, "x", "ed")));
        assertThat(Files.readAllLines(file)).hasSize(2);
        new FindingsWriter().write(file, List.of(labelled));
        FindingsReader.Result r = reader.read(List.of(file));
        assertThat(r.problems()).isEmpty();
        assertThat(r.labelled()).extracting(FindingsReader.Located::record).containsExactly(labelled);
    }
}
