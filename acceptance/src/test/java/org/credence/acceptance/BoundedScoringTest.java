package org.credence.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.credence.engine.export.CsvExporter;
import org.credence.engine.export.JsonReportExporter;
import org.credence.engine.io.ReadResult;
import org.credence.engine.pipeline.BoundedResult;
import org.credence.engine.pipeline.Engine;
import org.credence.engine.pipeline.EngineOptions;
import org.credence.engine.progress.ProgressListener;
import org.credence.engine.report.Report;
import org.credence.engine.scoring.WeightsProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The bounded run (decision 0042) writes the CSV and the JSON report the whole-corpus run writes, byte for byte, however
 * small its window:
 * with a window of one article every story, copy and linked figure is judged in a part that loads the articles its
 * rules reach, analysed again from the spill. Corpus: the bundled example story (a report, a copy of it, a second
 * report) and articles of our own on two other events, with the real plugins of the distribution.
 */
class BoundedScoringTest {

    private static final String[][] OWN = {
        {"harbour-1.txt", "Storm Closes Velmar Harbour",
            "A storm closed Velmar harbour on Tuesday, stranding 240 fishing boats, the port authority said.\n\n"
                + "Harbour master Ilse Brandt said the closure would last at least two days. About 1,500 workers were "
                + "sent home, according to the dockers' union."},
        {"harbour-2.txt", "Velmar Port Shut as Storm Hits Coast",
            "Velmar's port was shut on Tuesday as a storm hit the coast, leaving some 240 fishing boats stuck in "
                + "harbour, port officials said.\n\nThe dockers' union said 1,800 workers had been sent home. Sources "
                + "close to the port authority said the damage could reach $3 million."},
        {"election-1.txt", "Turnout Falls in Orsk Council Vote",
            "Turnout in the Orsk council election fell to 41 percent, the electoral commission said on Sunday.\n\n"
                + "Activists claimed that 3,000 ballots were never counted, but offered no evidence. The commission "
                + "denied that any ballots were lost."},
        {"recipe.txt", "A Winter Soup",
            "Slice two onions and soften them in butter for ten minutes.\n\nAdd the stock and simmer for half an "
                + "hour, then season to taste."},
    };

    @TempDir
    static Path dir;
    private static Engine engine;
    private static List<Path> inputs;
    private static String whole;
    private static String wholeJson;

    @BeforeAll
    static void scoreTheWholeCorpusAtOnce() throws Exception {
        engine = Engine.open(new EngineOptions(Distribution.PLUGINS, List.of(), null, 2, Duration.ofSeconds(30),
                List.of()));
        Path own = Files.createDirectories(dir.resolve("own"));
        for (String[] a : OWN) {
            Files.writeString(own.resolve(a[0]), a[1] + "\n\n" + a[2] + "\n", StandardCharsets.UTF_8);
        }
        inputs = List.of(Distribution.HOME.resolve("examples").resolve("copper-belt"), own);
        ReadResult read = engine.read(inputs);
        Report report = engine.score(read.articles(), read.problems(), WeightsProfile.defaults(), ProgressListener.NONE);
        assertThat(report.findings()).as("findings on the whole corpus").hasSizeGreaterThan(5);
        assertThat(report.corpus().duplicateGroups()).as("the copy of the example story").isNotEmpty();
        StringWriter csv = new StringWriter();
        csv.write("\uFEFF");
        new CsvExporter().write(report, csv, List.of());
        whole = csv.toString();
        Path json = dir.resolve("whole.json");
        new JsonReportExporter().write(report, json);
        wholeJson = Files.readString(json, StandardCharsets.UTF_8);
        assertThat(new ObjectMapper().readTree(wholeJson).get("articles")).as("the whole run's report").hasSize(7);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @ParameterizedTest(name = "window of {0}")
    @ValueSource(ints = {1, 2, 3, 5, 1_000})
    void aBoundedRunWritesTheCsvAndJsonOfTheWholeRun(int window) throws Exception {
        Path csv = dir.resolve("bounded-" + window + ".csv");
        Path json = dir.resolve("bounded-" + window + ".json");
        List<Report> parts = new ArrayList<>();
        BoundedResult result = engine.scoreBounded(inputs, window, WeightsProfile.defaults(), csv, json,
                dir.resolve("spill-" + window), ProgressListener.NONE, parts::add);
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).isEqualTo(whole);
        assertThat(Files.readString(json, StandardCharsets.UTF_8)).isEqualTo(wholeJson);
        assertThat(result.articles()).isEqualTo(7);
        assertThat(result.failures()).isEmpty();
        assertThat(result.parts()).isEqualTo(parts.size());
        if (window < 3) {
            assertThat(result.parts()).as("parts of at most %d articles, stories loaded whole", window).isGreaterThan(2);
        }
        if (window >= 1_000) {
            assertThat(result.parts()).isEqualTo(1);
        }
        Path spill = dir.resolve("spill-" + window);
        if (window >= 1_000) {
            assertThat(spill).as("a run within its window spills nothing").doesNotExist();
        } else {
            try (var files = Files.list(spill)) {
                assertThat(files).as("spill files deleted").isEmpty();
            }
        }
    }
}
