package org.credence.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.credence.api.Article;
import org.credence.api.DuplicateGroup;
import org.credence.engine.io.ReadResult;
import org.credence.engine.pipeline.Engine;
import org.credence.engine.pipeline.EngineOptions;
import org.credence.engine.progress.ProgressListener;
import org.credence.engine.result.ArticleFinding;
import org.credence.engine.report.Report;
import org.credence.engine.scoring.WeightsProfile;
import org.junit.jupiter.api.Test;

/**
 * Copies that hide, on data written by others (../shared/data): the language-model rewrites of FA-KES articles in
 * fa-kes-llm/rewrites.csv must be grouped with their originals, and the facts the rewrites changed must be reported;
 * BASIL's three outlets telling one event must not be taken for copies. Scored by the distribution's plugins, as
 * {@code credence score} would. Skipped where ../shared is absent.
 */
class RewrittenCopiesOnSharedDataAcceptanceTest {

    private static final Pattern VERSIONS = Pattern.compile("says \"([^\"]*)\" where (?:the original|\\S+) says \"([^\"]*)\"");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(Map.entry("one", "1"), Map.entry("two", "2"),
            Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"),
            Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"),
            Map.entry("eleven", "11"), Map.entry("twelve", "12"), Map.entry("twenty", "20"), Map.entry("thirty", "30"),
            Map.entry("forty", "40"), Map.entry("fifty", "50"), Map.entry("hundred", "100"));

    private record Rewrite(int row, String original, String rewrite, String facts, String changedFacts) {
        String originalId() {
            return "original-" + row;
        }

        String rewriteId() {
            return "rewrite-" + row;
        }
    }

    private static Report score(List<Article> articles) throws InterruptedException {
        try (Engine engine = Engine.open(new EngineOptions(Distribution.PLUGINS, List.of(), null, 2,
                Duration.ofSeconds(20), List.of()))) {
            return engine.score(articles, List.of(), WeightsProfile.defaults(), ProgressListener.NONE);
        }
    }

    private static List<Rewrite> rewrites(Path csv) throws IOException {
        List<Rewrite> out = new ArrayList<>();
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(Files.newBufferedReader(csv))) {
            for (CSVRecord r : parser) {
                out.add(new Rewrite((int) r.getRecordNumber(), r.get("article_text"), r.get("transformed_article_text"),
                        r.get("facts"), r.get("changed_facts")));
            }
        }
        return out;
    }

    @Test
    void rewritesAreGroupedWithTheirOriginalsAndTheFactsTheyChangedAreReported() throws Exception {
        List<Rewrite> all = rewrites(Distribution.requireShared("data/fa-kes-llm/rewrites.csv"));
        assertThat(all).hasSize(82);
        // 11 rows hold no rewrite at all (an empty transformed_article_text): nothing there to group
        List<Rewrite> rows = all.stream().filter(r -> !r.rewrite().isBlank()).toList();
        List<Article> articles = new ArrayList<>();
        for (Rewrite r : rows) {
            articles.add(Article.of(r.originalId(), r.original()));
            articles.add(Article.of(r.rewriteId(), r.rewrite()));
        }
        Report report = score(articles);
        assertThat(report.failures()).isEmpty();

        List<String> missed = new ArrayList<>();
        for (Rewrite r : rows) {
            if (!report.corpus().sameOrigin(r.originalId(), r.rewriteId())) {
                missed.add(r.rewriteId());
            }
        }
        double grouped = 1 - (double) missed.size() / rows.size();
        System.out.printf(Locale.ROOT, "rewrites: %d of %d rows hold a rewrite; %d grouped with their original (%.1f%%); "
                + "missed %s%n", rows.size(), all.size(), rows.size() - missed.size(), 100 * grouped, missed);
        assertThat(grouped).as("share of rewrites grouped with their original").isGreaterThanOrEqualTo(0.95);

        Map<String, List<ArticleFinding>> altered = new HashMap<>();
        report.findings().stream().filter(f -> f.ruleId().equals("altered-facts"))
                .forEach(f -> altered.computeIfAbsent(f.articleId(), k -> new ArrayList<>()).add(f));
        int changed = 0;
        int reported = 0;
        int wrong = 0;
        Map<String, Integer> byKind = new TreeMap<>();
        for (Rewrite r : rows) {
            if (normal(r.facts()).equals(normal(r.changedFacts()))) {
                continue;
            }
            changed++;
            boolean real = false;
            for (String id : List.of(r.rewriteId(), r.originalId())) {
                String other = id.equals(r.rewriteId()) ? r.originalId() : r.rewriteId();
                for (ArticleFinding f : altered.getOrDefault(id, List.of())) {
                    if (!f.finding().explanation().contains(other)) {
                        continue;
                    }
                    Matcher m = VERSIONS.matcher(f.finding().explanation());
                    assertThat(m.find()).as("versions named in: %s", f.finding().explanation()).isTrue();
                    boolean isReal = id.equals(r.rewriteId())
                            ? realDifference(m.group(1), m.group(2), r.facts(), r.changedFacts())
                            : realDifference(m.group(2), m.group(1), r.facts(), r.changedFacts());
                    real |= isReal;
                    wrong += isReal ? 0 : 1;
                    String kind = f.finding().evidence().isEmpty() ? "?" : f.finding().evidence().get(0).label();
                    byKind.merge(kind + (isReal ? " (checked)" : " (not in the facts)"), 1, Integer::sum);
                }
            }
            reported += real ? 1 : 0;
            if (!real && System.getenv("DEBUG_ALTERED") != null) {
                System.out.println("NOREAL " + r.row() + " findings " + altered.getOrDefault(r.rewriteId(), List.of()).stream().map(f -> f.finding().explanation()).toList());
            }
        }
        double share = (double) reported / changed;
        System.out.printf(Locale.ROOT, "altered facts: %d of %d rewrites whose facts changed have a finding naming a real "
                + "difference (%.1f%%); findings by kind %s; %d findings name no difference the facts list%n",
                reported, changed, 100 * share, byKind, wrong);
        assertThat(share).as("share of changed rewrites with a real altered-fact finding").isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void threeOutletsTellingOneEventAreNeverTakenForCopies() throws Exception {
        ReadResult read;
        try (Engine engine = Engine.open(new EngineOptions(Distribution.PLUGINS, List.of(), null, 2,
                Duration.ofSeconds(20), List.of()))) {
            read = engine.read(List.of(Distribution.requireShared("data/basil/articles")));
        }
        assertThat(read.articles()).hasSizeGreaterThan(100);
        Report report = score(read.articles());
        Map<String, String> outlet = new HashMap<>();
        report.corpus().articles().forEach(a -> outlet.put(a.id(), a.article().outlet()));
        for (DuplicateGroup g : report.corpus().duplicateGroups()) {
            assertThat(g.articleIds().stream().map(outlet::get).distinct()).as("group %s", g).hasSize(1);
        }
        assertThat(report.findings()).noneMatch(f -> f.ruleId().equals("altered-facts") || f.ruleId().equals("copied-content"));
        System.out.printf("basil: %d articles, %d groups of copies%n", report.corpus().size(),
                report.corpus().duplicateGroups().size());
    }

    /** The facts fields as text to compare: the rewrite's were written with escaped line breaks. */
    private static String normal(String facts) {
        return facts.replace("\\\\n", " ").replace("\\n", " ").replace("\\t", " ").replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT).strip();
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(normal(text));
        while (m.find()) {
            String w = NUMBER_WORDS.getOrDefault(m.group(), m.group()).replace(",", "");
            if (w.length() >= 3 || Character.isDigit(w.charAt(0))) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * True when the rewrite's version holds a word the changed facts list and the original facts do not, or the
     * original's version holds a word the original facts list and the changed facts do not.
     */
    static boolean realDifference(String rewriteVersion, String originalVersion, String facts, String changedFacts) {
        Set<String> inFacts = words(facts);
        Set<String> inChanged = words(changedFacts);
        Set<String> rewriteOnly = words(rewriteVersion);
        rewriteOnly.removeAll(words(originalVersion));
        Set<String> originalOnly = words(originalVersion);
        originalOnly.removeAll(words(rewriteVersion));
        return rewriteOnly.stream().anyMatch(w -> inChanged.contains(w) && !inFacts.contains(w))
                || originalOnly.stream().anyMatch(w -> inFacts.contains(w) && !inChanged.contains(w));
    }
}
