package org.credence.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import picocli.CommandLine;

/** `credence eval findings`: precision per rule from labelled findings, and the draw of findings to label. */
class FindingsEvalCommandTest {

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run credence(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = CredenceCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static String line(String article, String rule, String label) {
        return "{\"article\":\"" + article + "\",\"claim\":\"" + article + "#2\",\"rule\":\"" + rule + "\",\"label\":\""
                + label + "\",\"reason\":\"" + (label.isEmpty() ? "" : "checked") + "\",\"labeller\":\""
                + (label.isEmpty() ? "" : "ed") + "\"}";
    }

    private Path labelled(String name, int correct, int partly, int incorrect, String... extra) throws IOException {
        List<String> lines = new ArrayList<>();
        int i = 0;
        for (int k = 0; k < correct; k++) {
            lines.add(line("a" + i++, "anonymous-sourcing", "correct"));
        }
        for (int k = 0; k < partly; k++) {
            lines.add(line("a" + i++, "anonymous-sourcing", "partly"));
        }
        for (int k = 0; k < incorrect; k++) {
            lines.add(line("a" + i++, "hedged-language", "incorrect"));
        }
        lines.addAll(List.of(extra));
        Path file = dir.resolve(name);
        Files.write(file, lines);
        return file;
    }

    @Test
    void labelledFindingsGiveATableOfPrecisionPerRuleWithIntervals() throws IOException {
        Path file = labelled("set.jsonl", 6, 2, 4);
        Run run = credence("eval", "findings", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).contains("rule", "n", "correct", "partly", "incorrect", "precision", "95% interval");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("anonymous-sourcing").contains(" 8 ", "0.875"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("hedged-language").contains(" 4 ", "0.000"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("all (labelled set)").contains("12", "0.583"));
    }

    @Test
    void aMalformedLineIsNamedWithFileAndLineAndTheRestIsMeasured() throws IOException {
        Path file = labelled("set.jsonl", 2, 0, 1, "{\"article\":\"x\",\"claim\":\"\",\"rule\":\"r\",\"label\":\"yes\"}",
                line("b1", "copied-content", ""));
        Run run = credence("eval", "findings", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(run.err().lines().toList()).containsExactly(
                "credence: " + file + ":4: label must be correct, partly or incorrect (or empty while not labelled), was 'yes'",
                "credence: 1 findings not labelled yet, left out (the first at " + file + ":5)");
        assertThat(run.out()).contains("anonymous-sourcing").contains("copied-content");
    }

    @Test
    void nothingLabelledMeasuresNothingAndSaysSo() throws IOException {
        Path file = labelled("set.jsonl", 0, 0, 0, line("b1", "copied-content", ""));
        Run run = credence("eval", "findings", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains("no labelled finding in [" + file + "]");
    }

    @Test
    void theFiguresGoToJsonAndAreCheckedAgainstTheirFloors() throws IOException {
        Path file = labelled("set.jsonl", 6, 2, 4);
        Path floors = dir.resolve("floors.json");
        Files.writeString(floors, "{\"floors\": {\"szeged\": {\"f1\": 0.7}, \"findings\": {\"precision\": 0.5, "
                + "\"anonymous-sourcing\": 0.8, \"hedged-language\": 0.3, \"headline-support\": 0.8}}}");
        Path json = dir.resolve("figures.json");
        Run run = credence("eval", "findings", file.toString(), "--floors", floors.toString(), "--json", json.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(run.err().lines().toList()).containsExactly(
                "credence: findings hedged-language is 0.000, below its floor 0.300",
                "credence: findings headline-support was not measured (floor 0.800)");
        JsonNode figures = new ObjectMapper().readTree(json.toFile());
        assertThat(figures.get("dataset").asText()).isEqualTo("findings");
        assertThat(figures.get("interval").asText()).isEqualTo("Wilson score, 95%");
        JsonNode as = figures.get("rules").get(0);
        assertThat(as.get("rule").asText()).isEqualTo("anonymous-sourcing");
        assertThat(as.get("n").asInt()).isEqualTo(8);
        assertThat(as.get("precision").asDouble()).isEqualTo(0.875);
        assertThat(as.get("low").asDouble()).isBetween(0.5, 0.875);
        assertThat(figures.get("all").get("n").asInt()).isEqualTo(12);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        no file                  | eval findings                                        | Missing labelled findings files (FILE...), or --draw REPORT
        draw option when measuring | eval findings x.jsonl --seed 3                     | --seed goes with --draw
        files with --draw        | eval findings x.jsonl --draw r.json --out o.jsonl    | --draw takes no FILE, --json or --floors: draw first, label, then measure the labelled file
        draw without out         | eval findings --draw r.json                          | --draw needs --out FILE, the findings file to write
        per rule zero            | eval findings --draw r.json --out o.jsonl --per-rule 0 | Invalid value for option '--per-rule': must be at least 1, was 0
        """)
    void aWrongCommandLineIsAUsageError(String name, String args, String message) {
        Run run = credence(args.split(" "));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().lines().findFirst().orElse("")).isEqualTo(message);
    }

    @Test
    void aDrawNeverWritesOverAnExistingFindingsFile() throws IOException {
        Path labels = labelled("before.jsonl", 3, 0, 0);
        String before = Files.readString(labels);
        Run run = credence("eval", "findings", "--draw", report().toString(), "--out", labels.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains(labels + ": exists; a draw never replaces a findings file");
        assertThat(Files.readString(labels)).isEqualTo(before);
    }

    @Test
    void aDrawWritesUnlabelledFindingsThatTheMeasureCountsAsNotLabelledYet() throws IOException {
        Path out = dir.resolve("drawn.jsonl");
        Run run = credence("eval", "findings", "--draw", report().toString(), "--out", out.toString(), "--seed", "4",
                "--per-rule", "1", "--corpus", "two test articles", "--commit", "abc");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("hedged-language", "quiet-rule").contains("1 findings of 2 articles drawn into " + out);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(1);
        JsonNode record = new ObjectMapper().readTree(lines.get(0));
        assertThat(record.get("label").asText()).isEmpty();
        assertThat(record.get("seen").get("sentence").asText()).isEqualTo("Critics say the mine was sold.");
        assertThat(record.get("seen").get("before").asText()).isEqualTo("The mine opened in 1990.");
        assertThat(record.get("draw").get("set").asText()).isEqualTo("drawn");
        assertThat(record.get("draw").get("corpus").asText()).isEqualTo("two test articles");
        assertThat(record.get("draw").get("ruleFindings").asInt()).isEqualTo(2);
        Run measure = credence("eval", "findings", out.toString());
        assertThat(measure.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(measure.err()).contains("1 findings not labelled yet");
    }

    @Test
    void aFileThatIsNotAScoreReportIsNamed() throws IOException {
        Path notReport = dir.resolve("workspace.json");
        Files.writeString(notReport, "{\"format\": \"credence-workspace/1\"}");
        Run run = credence("eval", "findings", "--draw", notReport.toString(), "--out", dir.resolve("o.jsonl").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err().trim()).isEqualTo("credence: " + notReport
                + ": is not a credence score --json report (format is 'credence-workspace/1', expected credence-report/1)");
        assertThat(dir.resolve("o.jsonl")).doesNotExist();
    }

    /** Two articles, one hedged-language finding on the second claim of each; quiet-rule ran and found nothing. */
    private Path report() throws IOException {
        StringBuilder articles = new StringBuilder();
        for (int i = 0; i < 2; i++) {
            String text = "Mine " + i + "\nThe mine opened in 1990. Critics say the mine was sold. Nobody knows.";
            int start = text.indexOf("Critics");
            int end = text.indexOf("Nobody") - 1;
            articles.append(i == 0 ? "" : ",").append("{\"id\":\"m").append(i).append("\",\"title\":\"Mine ").append(i)
                    .append("\",\"outlet\":\"O\",\"date\":\"\",\"headline\":{\"start\":0,\"end\":6},\"text\":")
                    .append(new ObjectMapper().writeValueAsString(text)).append(",\"duplicateGroup\":null,\"findings\":[],")
                    .append("\"claims\":[{\"id\":\"m").append(i).append("#2\",\"start\":").append(start).append(",\"end\":")
                    .append(end).append(",\"quote\":\"Critics say the mine was sold.\",\"findings\":[{\"rule\":")
                    .append("\"hedged-language\",\"strength\":-0.5,\"explanation\":\"Rests on critics say.\",")
                    .append("\"evidence\":[{\"label\":\"weasel\",\"quote\":\"Critics say\"}],\"related\":[]}]}]}");
        }
        Path file = dir.resolve("report.json");
        Files.writeString(file, "{\"format\":\"credence-report/1\",\"rules\":[{\"id\":\"hedged-language\"},"
                + "{\"id\":\"quiet-rule\"}],\"articles\":[" + articles + "],\"duplicateGroups\":[]}");
        return file;
    }
}
