package org.credence.engine.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Article;
import org.credence.api.Finding;
import org.credence.api.RuleInfo;
import org.credence.engine.analysis.Analyzer;
import org.credence.engine.analysis.OpenNlpPipeline;
import org.credence.engine.analysis.StandardAnalysis;
import org.credence.engine.corpus.Corpus;
import org.credence.engine.corpus.CorpusBuilder;
import org.credence.engine.io.ReadProblem;
import org.credence.engine.lexicon.Lexicons;
import org.credence.engine.model.Models;
import org.credence.engine.report.Report;
import org.credence.engine.result.ArticleFinding;
import org.credence.engine.result.RuleDescriptor;
import org.credence.engine.result.RuleFailure;
import org.credence.engine.scoring.Scorer;
import org.credence.engine.scoring.WeightsProfile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class JsonReportExporterTest {

    private static Report report;

    @TempDir
    Path dir;

    @BeforeAll
    static void scoreTwoArticles() {
        Lexicons lexicons = Lexicons.defaults();
        Analyzer analyzer = StandardAnalysis.analyzer(new OpenNlpPipeline(), lexicons, Models.bundled());
        List<AnalyzedArticle> articles = List.of(
                analyzer.analyze(new Article("quarry", "Quarry Closed", "Coastal Ledger", "2026-03-02", "",
                        "The Kelvar quarry closed on Monday and 2,000 workers were sent home, the owners said.", "")),
                analyzer.analyze(new Article("ferry", "Ferry Late", "Harbour Post", "", "",
                        "The ferry was reportedly four hours late. The operator denied that any sailing was cancelled.",
                        "")));
        Corpus corpus = new CorpusBuilder(lexicons).build(articles);
        RuleDescriptor rule = new RuleDescriptor(new RuleInfo("test-rule", "Test", "A rule of the test", 0.5, ""),
                "p", "1", "");
        List<ArticleFinding> findings = articles.stream().flatMap(a -> a.claims().stream().map(c -> new ArticleFinding(
                a.id(), Finding.about(c, "test-rule", -0.5, "\"quoted\" and ünïcode, tab\there", List.of())))).toList();
        report = new Report(corpus, List.of(rule), findings,
                List.of(new RuleFailure("p", "test-rule", "ferry", "threw IllegalStateException")),
                new Scorer().score(findings, corpus, List.of(rule), WeightsProfile.defaults()),
                List.of(new ReadProblem("missing.txt", "no such file")));
    }

    @Test
    void theFileHoldsRulesArticlesWithClaimsAndFindingsAndTheRunsFailuresAndProblems() throws IOException {
        Path file = dir.resolve("report.json");
        new JsonReportExporter().write(report, file);
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertThat(root.get("format").asText()).isEqualTo(JsonReportExporter.FORMAT);
        assertThat(root.get("rules").get(0).get("id").asText()).isEqualTo("test-rule");
        assertThat(root.get("articles")).extracting(a -> a.get("id").asText()).containsExactly("quarry", "ferry");
        JsonNode claim = root.get("articles").get(0).get("claims").get(0);
        assertThat(claim.get("findings").get(0).get("explanation").asText())
                .isEqualTo("\"quoted\" and ünïcode, tab\there");
        assertThat(claim.get("score").get("value").asDouble()).isLessThan(claim.get("score").get("base").asDouble());
        assertThat(root.get("ruleFailures").get(0).get("article").asText()).isEqualTo("ferry");
        assertThat(root.get("readProblems").get(0).get("reason").asText()).isEqualTo("no such file");
    }

    @Test
    void theFileIsTheReportsTreeIndented() throws IOException {
        Path file = dir.resolve("report.json");
        JsonReportExporter exporter = new JsonReportExporter();
        exporter.write(report, file);
        String tree = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(exporter.toJson(report));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(tree);
    }

    @Test
    void aReportStreamedArticleByArticleFromCompactEntriesIsTheReportWrittenAtOnce() throws IOException {
        JsonReportExporter exporter = new JsonReportExporter();
        Path file = dir.resolve("report.json");
        exporter.write(report, file);
        Map<String, String> entries = exporter.articlesById(report);
        assertThat(entries.keySet()).containsExactly("quarry", "ferry");
        assertThat(entries.get("quarry")).doesNotContain("\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonReportStream stream = exporter.open(out, report.rules(), report.scores().profile())) {
            for (String entry : entries.values()) {
                stream.article(entry);
            }
            stream.finish(report.corpus().duplicateGroups(), report.failures(), report.problems());
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void aFinishedStreamTakesNoMoreArticles() throws IOException {
        JsonReportExporter exporter = new JsonReportExporter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonReportStream stream = exporter.open(out, report.rules(), report.scores().profile())) {
            stream.finish(List.of(), List.of(), List.of());
            assertThatThrownBy(() -> stream.article("{}")).isInstanceOf(IllegalStateException.class);
        }
        assertThat(new ObjectMapper().readTree(out.toByteArray()).get("articles")).isEmpty();
    }
}
