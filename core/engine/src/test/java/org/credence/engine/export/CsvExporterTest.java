package org.credence.engine.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.credence.api.AnalyzedArticle;
import org.credence.api.Article;
import org.credence.api.Finding;
import org.credence.api.RuleInfo;
import org.credence.engine.analysis.Analyzer;
import org.credence.engine.analysis.OpenNlpPipeline;
import org.credence.engine.analysis.StandardAnalysis;
import org.credence.engine.corpus.Corpus;
import org.credence.engine.corpus.CorpusBuilder;
import org.credence.engine.io.AtomicFiles;
import org.credence.engine.lexicon.Lexicons;
import org.credence.engine.model.Models;
import org.credence.engine.result.ArticleFinding;
import org.credence.engine.report.Report;
import org.credence.engine.result.RuleDescriptor;
import org.credence.engine.scoring.Scorer;
import org.credence.engine.scoring.WeightsProfile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvExporterTest {

    private static Analyzer analyzer;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadModels() {
        Lexicons lexicons = Lexicons.defaults();
        analyzer = StandardAnalysis.analyzer(new OpenNlpPipeline(), lexicons, Models.bundled());
    }

    private static Report report(String body) {
        AnalyzedArticle a = analyzer.analyze(new Article("art-1", "", "Coastal Ledger", "", "", body, ""));
        Corpus corpus = new CorpusBuilder(Lexicons.defaults()).build(List.of(a));
        RuleDescriptor rule = new RuleDescriptor(new RuleInfo("test-rule", "Test", "", 0.5, ""), "p", "1", "");
        List<ArticleFinding> findings = a.claims().stream().map(c -> new ArticleFinding(a.id(),
                Finding.about(c, "test-rule", -0.5, "=cmd|' /C calc'!A0 is suspicious", List.of()))).toList();
        return new Report(corpus, List.of(rule), findings, List.of(),
                new Scorer().score(findings, corpus, List.of(rule), WeightsProfile.defaults()), List.of());
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        try (Reader r = new StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))) {
            return CSVParser.parse(r, CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).build())
                    .getRecords();
        }
    }

    @Test
    void oneRowPerClaimWithScoresPointsAndExplanations() throws IOException {
        Path file = dir.resolve("out.csv");
        new CsvExporter().write(report("The Kelvar Observatory said over 2,000 miners had signed up. "
                + "The ministry denied that 300 workers had left."), file,
                List.of(new ExtraColumn("verdict", c -> "accepted")));
        List<CSVRecord> rows = read(file);
        assertThat(rows).hasSize(2);
        CSVRecord row = rows.get(0);
        assertThat(row.get("article_id")).isEqualTo("art-1");
        assertThat(row.get("outlet")).isEqualTo("Coastal Ledger");
        assertThat(row.get("claim_id")).isEqualTo("art-1#0");
        assertThat(row.get("text")).startsWith("The Kelvar Observatory said over 2,000");
        assertThat(Double.parseDouble(row.get("score"))).isLessThan(70);
        assertThat(Double.parseDouble(row.get("score")) - 70).isCloseTo(Double.parseDouble(row.get("points:test-rule")),
                org.assertj.core.api.Assertions.within(0.11));
        assertThat(row.get("explanations")).startsWith("test-rule: =cmd");
        assertThat(row.get("verdict")).isEqualTo("accepted");
        assertThat(Files.readString(file)).contains("\r\n");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"})
    void cellsThatWouldRunAsFormulasStayText(String value) {
        assertThat(CsvExporter.text(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"Plain text", "2,000 miners", "a=b", "", "'quoted"})
    void ordinaryCellsAreLeftAlone(String value) {
        assertThat(CsvExporter.text(value)).isEqualTo(value);
    }

    @Test
    void aClaimThatBeginsWithAFormulaIsNeutralisedInTheFile() throws IOException {
        Path file = dir.resolve("inj.csv");
        new CsvExporter().write(report("=HYPERLINK(\"http://evil\") said 2,000 miners had signed up in Tarsa."), file);
        assertThat(read(file).get(0).get("text")).startsWith("'=HYPERLINK(");
    }

    @Test
    void aFailedWriteLeavesTheOldFileIntact() throws IOException {
        Path file = dir.resolve("keep.csv");
        Files.writeString(file, "old content");
        try {
            AtomicFiles.write(file, out -> {
                out.write("half".getBytes(StandardCharsets.UTF_8));
                throw new IOException("disk full");
            });
        } catch (IOException expected) {
            assertThat(expected).hasMessage("disk full");
        }
        assertThat(Files.readString(file)).isEqualTo("old content");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("keep.csv");
        }
    }

    @Test
    void theCsvNamesTheArticleByHeadlineListsWholeArticleFindingsAndStartsWithTheProfile() throws IOException {
        AnalyzedArticle a = analyzer.analyze(new Article("art-2", "Copper Mine Reopens", "Coastal Ledger", "", "",
                "The Kelvar mine reopened on Monday with 300 workers, the company said.", ""));
        Corpus corpus = new CorpusBuilder(Lexicons.defaults()).build(List.of(a));
        Path jar = dir.resolve("whole-1.jar");
        Files.writeString(jar, "not really a jar, but a file to hash");
        RuleDescriptor whole = new RuleDescriptor(new RuleInfo("whole-rule", "Whole", "", 0.5, ""), "whole", "1.2",
                jar.toString());
        RuleDescriptor off = new RuleDescriptor(new RuleInfo("off-rule", "Off", "", 0.5, ""), "whole", "1.2",
                jar.toString());
        List<ArticleFinding> findings = List.of(new ArticleFinding(a.id(),
                new Finding("whole-rule", "", -0.5, "copied from another article", List.of(), List.of())));
        WeightsProfile profile = new WeightsProfile("test", 70, java.util.Map.of(
                "whole-rule", new WeightsProfile.RuleSetting(0.8, true),
                "off-rule", new WeightsProfile.RuleSetting(null, false)));
        Report report = new Report(corpus, List.of(whole, off), findings, List.of(),
                new Scorer().score(findings, corpus, List.of(whole, off), profile), List.of());
        Path file = dir.resolve("whole.csv");
        new CsvExporter().write(report, file);

        List<CSVRecord> rows = read(file);
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("article_id")).isEqualTo("art-2");
            assertThat(r.get("headline")).isEqualTo("Copper Mine Reopens");
            assertThat(r.get("article_findings")).startsWith("whole-rule (-").endsWith("): copied from another article");
        });
        String text = Files.readString(file, StandardCharsets.UTF_8).substring(1);
        String sha = org.credence.engine.rules.FolderFiles.sha256(jar);
        assertThat(text.lines().takeWhile(l -> l.startsWith("#")).toList()).containsExactly(
                "# credence profile: test, baseline 70.0",
                "# credence weights: whole-rule=0.800 off-rule=0.500",
                "# credence switched off: off-rule",
                "# credence plugin: whole 1.2 sha256 " + sha);
        assertThat(sha).hasSize(64);
    }

    @ParameterizedTest(name = "title \"{0}\" gives \"{2}\"")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
        # title               | body                                                                                   | name
        Copper Mine Reopens   | The mine reopened on Monday.                                                           | Copper Mine Reopens
        ''                    | The mine reopened on Monday.                                                           | The mine reopened on Monday.
        ''                    | The Kelvar copper mine in the north reopened on Monday with three hundred workers back. | The Kelvar copper mine in the north reopened on Monday with…
        """)
    void anArticleIsNamedByItsHeadlineOrElseByItsOpeningWords(String title, String body, String name) {
        AnalyzedArticle a = analyzer.analyze(new Article("art-3", title, "", "", "", body, ""));
        assertThat(ArticleColumns.headlineOf(a)).isEqualTo(name);
    }
}
