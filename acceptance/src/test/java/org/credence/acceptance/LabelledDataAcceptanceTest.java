package org.credence.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.credence.api.AnalyzedArticle;
import org.credence.api.DuplicateGroup;
import org.credence.engine.corpus.NearDuplicateDetector;
import org.credence.engine.io.ReadResult;
import org.credence.engine.pipeline.Engine;
import org.credence.engine.pipeline.EngineOptions;
import org.credence.engine.progress.ProgressListener;
import org.credence.engine.result.ArticleFinding;
import org.credence.engine.report.Report;
import org.credence.engine.result.RuleDescriptor;
import org.credence.engine.scoring.WeightsProfile;
import org.junit.jupiter.api.Test;

/**
 * The bundled rules on data sets labelled by others (../shared/data): BASIL, where one event told by three outlets
 * must not be taken for copies, and FA-KES, where each rule's firing rate by label goes into docs/rules.md.
 * Skipped where ../shared is absent.
 */
class LabelledDataAcceptanceTest {

    private static Report score(List<Path> paths) throws InterruptedException {
        try (Engine engine = Engine.open(new EngineOptions(Distribution.PLUGINS, List.of(), null, 2,
                Duration.ofSeconds(10), List.of()))) {
            ReadResult read = engine.read(paths);
            return engine.score(read.articles(), read.problems(), WeightsProfile.defaults(), ProgressListener.NONE);
        }
    }

    @Test
    void basilCopiedContentFlagsNoPairOfDifferentOutlets() throws InterruptedException {
        Report report = score(List.of(Distribution.requireShared("data/basil/articles")));
        assertThat(report.corpus().articles()).hasSizeGreaterThan(100);
        Map<String, String> outlet = new HashMap<>();
        report.corpus().articles().forEach(a -> outlet.put(a.id(), a.article().outlet()));
        for (DuplicateGroup g : report.corpus().duplicateGroups()) {
            assertThat(g.articleIds().stream().map(outlet::get).distinct()).as("group %s", g).hasSize(1);
        }
        List<ArticleFinding> copied = report.findings().stream().filter(f -> f.ruleId().equals("copied-content")).toList();
        List<AnalyzedArticle> articles = report.corpus().articles();
        double highest = 0;
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                highest = Math.max(highest, report.corpus().similarity(articles.get(i).id(), articles.get(j).id()));
            }
        }
        System.out.printf("basil: %d articles, %d near-duplicate groups, %d copied-content findings, highest "
                        + "similarity %.3f (copies from %.2f)%n", report.corpus().size(),
                report.corpus().duplicateGroups().size(), copied.size(), highest, NearDuplicateDetector.THRESHOLD);
        assertThat(copied).isEmpty();
        // a test that passed because nothing was grouped at all would pass on a broken detector; this one would not
        assertThat(highest).as("the highest similarity of two BASIL articles").isLessThan(NearDuplicateDetector.THRESHOLD)
                .isGreaterThan(0);
    }

    @Test
    void faKesFiringRatesByLabelAreMeasured() throws IOException, InterruptedException {
        Path csv = Distribution.requireShared("data/fa-kes/fa-kes.csv");
        Report report = score(List.of(csv));
        Map<String, String> labelById = new HashMap<>();
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(Files.newBufferedReader(csv))) {
            for (CSVRecord r : parser) {
                labelById.put(r.get("unit_id"), r.get("label"));
            }
        }
        Map<String, Integer> perLabel = new HashMap<>();
        for (AnalyzedArticle a : report.corpus().articles()) {
            perLabel.merge(labelById.getOrDefault(a.id(), "?"), 1, Integer::sum);
        }
        assertThat(perLabel.keySet()).contains("0", "1");
        StringBuilder table = new StringBuilder("| rule | fires on credible (label 1) | fires on fake (label 0) |\n|---|---|---|\n");
        for (RuleDescriptor rule : report.rules()) {
            Map<String, Set<String>> fired = new HashMap<>();
            for (ArticleFinding f : report.findings()) {
                if (f.ruleId().equals(rule.id())) {
                    fired.computeIfAbsent(labelById.getOrDefault(f.articleId(), "?"), k -> new HashSet<>()).add(f.articleId());
                }
            }
            table.append(String.format(Locale.ROOT, "| %s | %.1f%% of %d | %.1f%% of %d |%n", rule.id(),
                    rate(fired, perLabel, "1"), perLabel.get("1"), rate(fired, perLabel, "0"), perLabel.get("0")));
        }
        Files.writeString(Path.of("target", "fa-kes-rule-rates.md"), table);
        System.out.println(table);
        assertThat(report.failures()).isEmpty();
    }

    private static double rate(Map<String, Set<String>> fired, Map<String, Integer> perLabel, String label) {
        return 100.0 * fired.getOrDefault(label, Set.of()).size() / perLabel.get(label);
    }
}
