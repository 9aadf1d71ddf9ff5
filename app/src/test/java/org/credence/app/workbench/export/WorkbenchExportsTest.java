package org.credence.app.workbench.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javax.imageio.ImageIO;

import org.credence.api.Article;
import org.credence.app.workbench.model.WorkbenchModel;
import org.credence.engine.pipeline.Engine;
import org.credence.engine.pipeline.EngineOptions;
import org.credence.engine.progress.ProgressListener;
import org.credence.engine.report.Report;
import org.credence.engine.scoring.WeightsProfile;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkbenchExportsTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        <script>alert(1)</script>       | &lt;script&gt;alert(1)&lt;/script&gt;
        Tom & Jerry said "yes"          | Tom &amp; Jerry said &quot;yes&quot;
        it's <b>bold</b>                | it&#39;s &lt;b&gt;bold&lt;/b&gt;
        """)
    void articleTextIsEscaped(String text, String escaped) {
        assertThat(HtmlReportWriter.escape(text)).isEqualTo(escaped);
    }

    @Test
    void anArticleWithAScriptYieldsAReportWithNoScript() throws Exception {
        try (Engine engine = Engine.open(new EngineOptions(null, List.of(), null, 1, Duration.ofSeconds(5), List.of()))) {
            Article a = new Article("evil", "<script>alert('t')</script> Headline", "", "", "",
                    "The ministry said <script>steal()</script> 2,000 miners <img src=x onerror=alert(1)> left.", "");
            Report report = engine.score(List.of(a), List.of(), WeightsProfile.defaults(), ProgressListener.NONE);
            WorkbenchModel model = new WorkbenchModel();
            model.load(report, List.of());
            Path file = dir.resolve("evil.html");
            new HtmlReportWriter().write(model, model.article().orElseThrow(), file);
            String html = Files.readString(file);
            assertThat(html).doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;steal()")
                    .contains("Content-Security-Policy");
        }
    }

    @Test
    void chartsAreWrittenAsPngAndSvg() throws Exception {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(40, "score", "#1");
        data.addValue(75, "score", "#2");
        JFreeChart chart = ChartFactory.createBarChart("Claim scores", "Claim", "Score", data);
        Path png = dir.resolve("c.png");
        Path svg = dir.resolve("c.svg");
        ChartExports.png(chart, png);
        ChartExports.svg(chart, svg);
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(ChartExports.WIDTH);
        assertThat(Files.readString(svg)).startsWith("<?xml").contains("<svg").contains("Claim scores");
    }

    @Test
    void theHtmlReportEndsWithTheProfileAndKeepsARejectedFindingMarked() throws Exception {
        org.credence.api.CredibilityRule doubt = new org.credence.api.CredibilityRule() {
            @Override
            public org.credence.api.RuleInfo info() {
                return new org.credence.api.RuleInfo("doubt", "Doubt", "Doubts every claim.", 0.5, "");
            }

            @Override
            public List<org.credence.api.Finding> evaluate(org.credence.api.RuleContext c) {
                return c.article().claims().stream().map(claim -> org.credence.api.Finding.about(claim, "doubt", -0.5,
                        "Doubted.", List.of())).toList();
            }
        };
        try (Engine engine = Engine.open(new EngineOptions(null, List.of(), null, 1, Duration.ofSeconds(5),
                List.of(doubt)))) {
            Article a = new Article("a", "Mine Reopens", "Velm Gazette", "", "",
                    "The mine reopened on Monday with 300 workers, the company said.", "");
            Report report = engine.score(List.of(a), List.of(), new WeightsProfile("team", 60, java.util.Map.of(
                    "doubt", new WeightsProfile.RuleSetting(0.4, true))), ProgressListener.NONE);
            WorkbenchModel model = new WorkbenchModel();
            model.restore(new org.credence.app.workbench.model.Workspace(List.of(), report.scores().profile(),
                    java.util.Map.of(), java.util.Map.of(), ""));
            model.load(report, List.of());
            model.setVerdict(report.findings().get(0), org.credence.app.workbench.model.Verdict.REJECTED);
            String html = new HtmlReportWriter().html(model, model.article().orElseThrow());
            assertThat(html).contains("<h1>Mine Reopens</h1>", "<td>doubt</td><td>Doubted.</td><td>rejected</td>",
                    "<h2>Profile</h2>", "<li>profile: team, baseline 60.0</li>", "<li>weights: doubt=0.400</li>",
                    "<li>switched off: none</li>", "<li>plugin: built-in ");
        }
    }
}
