package org.credence.evaluation.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.credence.api.Span;
import org.credence.evaluation.datasets.DatasetException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FindingsDrawTest {

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    /** Sentences end at ". " and at line breaks, enough for articles written for these tests. */
    private static final SentenceSplitter SPLITTER = (text, headline) -> {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            boolean end = text.charAt(i) == '\n' || text.charAt(i) == '.' && (i + 1 == text.length() || text.charAt(i + 1) == ' ');
            if (end || i + 1 == text.length()) {
                int stop = text.charAt(i) == '\n' ? i : i + 1;
                String s = text.substring(start, stop);
                int lead = s.length() - s.stripLeading().length();
                if (!s.isBlank()) {
                    out.add(new Span(start + lead, start + lead + s.strip().length()));
                }
                start = i + 1;
            }
        }
        return out;
    };

    /**
     * A report of {@code articles} articles; article i has one claim per sentence, and in claim 2 of every article,
     * {@code perArticle.get(rule)} findings of each rule.
     */
    private Path report(int articles, Map<String, Integer> perArticle) throws IOException {
        ObjectNode root = json.createObjectNode().put("format", "credence-report/1");
        ArrayNode rules = root.putArray("rules");
        perArticle.keySet().forEach(r -> rules.addObject().put("id", r));
        ArrayNode list = root.putArray("articles");
        for (int i = 0; i < articles; i++) {
            String id = "art" + i;
            String title = "Headline " + i;
            String text = title + "\nFirst sentence of " + i + ". The ministry said 2,000 miners left " + i
                    + ". Critics say it is worse. Last one.";
            ObjectNode a = list.addObject().put("id", id).put("title", title).put("outlet", "Outlet " + i)
                    .put("date", "2026-03-0" + (i % 9 + 1)).put("text", text);
            a.putObject("headline").put("start", 0).put("end", title.length());
            a.putNull("duplicateGroup");
            a.putArray("findings");
            ArrayNode claims = a.putArray("claims");
            List<Span> sentences = SPLITTER.sentences(text, new Span(0, title.length()));
            for (int c = 1; c < sentences.size(); c++) {
                Span s = sentences.get(c);
                ObjectNode claim = claims.addObject().put("id", id + "#" + c).put("sentence", c)
                        .put("start", s.start()).put("end", s.end()).put("quote", s.in(text));
                ArrayNode findings = claim.putArray("findings");
                if (c == 2) {
                    for (Map.Entry<String, Integer> e : perArticle.entrySet()) {
                        for (int n = 0; n < e.getValue(); n++) {
                            ObjectNode f = findings.addObject().put("rule", e.getKey()).put("strength", -0.5)
                                    .put("explanation", e.getKey() + " finding " + n + " on " + id);
                            f.putArray("evidence").addObject().put("label", "figure").put("start", s.start())
                                    .put("end", s.start() + 3).put("quote", "The");
                            ArrayNode related = f.putArray("related");
                            if (i > 0) {
                                related.addObject().put("article", "art0").put("claim", "art0#2").put("relation", "CONFLICTS");
                            }
                        }
                    }
                }
            }
        }
        root.putArray("duplicateGroups");
        Path file = dir.resolve("report-" + articles + ".json");
        json.writeValue(file.toFile(), root);
        return file;
    }

    private static FindingsDraw.Request request(long seed, int perRule) {
        return new FindingsDraw.Request("test-set", seed, perRule, "test corpus", "abc123", "report.json");
    }

    private List<FindingRecord> draw(Path report, long seed, int perRule) {
        return new FindingsDraw(SPLITTER).draw(ScoreReport.read(report), request(seed, perRule));
    }

    @Test
    void theSameReportAndSeedGiveTheSameDrawAndAnotherSeedAnother() throws IOException {
        Path report = report(60, Map.of("hedged-language", 1, "anonymous-sourcing", 1));
        List<FindingRecord> first = draw(report, 7, 10);
        assertThat(draw(report, 7, 10)).isEqualTo(first);
        assertThat(draw(report, 8, 10)).isNotEqualTo(first);
        assertThat(new FindingsDraw(SPLITTER).draw(ScoreReport.read(report(60, Map.of("hedged-language", 1))), request(7, 10)))
                .as("a rule's sample does not depend on the other rules")
                .isEqualTo(first.stream().filter(r -> r.rule().equals("hedged-language")).toList());
    }

    @ParameterizedTest(name = "{0} articles, {1} per rule")
    @CsvSource({
            // articles, per rule, drawn of rule a (1 a finding per article), drawn of rule b (2 per article)
            "50, 40, 40, 40",
            "15, 40, 15, 30",
            "30, 40, 30, 40",
            "3,  1,  1,  1"})
    void eachRuleGivesAtMostNAndAllItsFindingsWhenFewer(int articles, int perRule, int drawnA, int drawnB)
            throws IOException {
        List<FindingRecord> drawn = draw(report(articles, Map.of("rule-a", 1, "rule-b", 2)), 3, perRule);
        Map<String, Long> counts = drawn.stream().collect(Collectors.groupingBy(FindingRecord::rule, Collectors.counting()));
        assertThat(counts).containsEntry("rule-a", (long) drawnA).containsEntry("rule-b", (long) drawnB);
        assertThat(drawn).extracting(FindingRecord::rule).isSorted();
        assertThat(drawn).filteredOn(r -> r.rule().equals("rule-b"))
                .allSatisfy(r -> assertThat(r.origin().ruleFindings()).isEqualTo(2 * articles))
                .allSatisfy(r -> assertThat(r.origin().drawn()).isEqualTo(drawnB));
        assertThat(drawn).extracting(FindingRecord::key).doesNotHaveDuplicates();
        assertThat(drawn).allSatisfy(r -> assertThat(r.verdict()).isEmpty());
    }

    @Test
    void aRuleWithNoFindingsGivesNoRecords() throws IOException {
        assertThat(draw(report(5, Map.of("rule-a", 1, "quiet", 0)), 1, 10)).extracting(FindingRecord::rule)
                .containsOnly("rule-a");
    }

    @Test
    void everyPositionIsDrawnAboutEquallyOften() {
        // 3 of 10, over 3,000 seeds: each position about 900 times (sd 25); fixed seeds, so never flaky
        int[] times = new int[10];
        for (int seed = 0; seed < 3000; seed++) {
            for (int i : FindingsDraw.choose(10, 3, new Random(seed))) {
                times[i]++;
            }
        }
        for (int t : times) {
            assertThat(t).isBetween(800, 1000);
        }
    }

    @Test
    void aDrawnFindingCarriesItsSentenceTheSentencesAroundItAndTheOtherArticlesClaim() throws IOException {
        FindingRecord r = draw(report(3, Map.of("single-source-numbers", 1)), 5, 10).get(1);
        assertThat(r.article()).isEqualTo("art1");
        assertThat(r.claim()).isEqualTo("art1#2");
        FindingContext c = r.context();
        assertThat(c.headline()).isEqualTo("Headline 1");
        assertThat(c.outlet()).isEqualTo("Outlet 1");
        assertThat(c.before()).isEqualTo("First sentence of 1.");
        assertThat(c.sentence()).isEqualTo("The ministry said 2,000 miners left 1.");
        assertThat(c.after()).isEqualTo("Critics say it is worse.");
        assertThat(c.explanation()).isEqualTo("single-source-numbers finding 0 on art1");
        assertThat(c.evidence()).containsExactly(new FindingContext.EvidenceQuote("figure", "The"));
        assertThat(c.related()).containsExactly(new FindingContext.OtherClaim("art0", "art0#2", "CONFLICTS", "Outlet 0",
                "Headline 0", "The ministry said 2,000 miners left 0."));
        assertThat(r.origin()).isEqualTo(new DrawOrigin("test-set", 5, "test corpus", "abc123", "report.json", 3, 3));
    }

    @Test
    void aFindingAboutTheWholeArticleCarriesItsLeadAndItsCopies() throws IOException {
        Path file = report(2, Map.of());
        ObjectNode root = (ObjectNode) json.readTree(file.toFile());
        ObjectNode a0 = (ObjectNode) root.get("articles").get(0);
        a0.put("duplicateGroup", "g1");
        ((ObjectNode) root.get("articles").get(1)).put("duplicateGroup", "g1");
        a0.withArray("findings").addObject().put("rule", "copied-content").put("strength", -0.4)
                .put("explanation", "This article and art1 are one story").putArray("evidence");
        ArrayNode members = root.withArray("duplicateGroups").addObject().put("id", "g1").putArray("articles");
        members.add("art0").add("art1");
        json.writeValue(file.toFile(), root);
        FindingRecord r = draw(file, 1, 40).get(0);
        assertThat(r.claim()).isEmpty();
        assertThat(r.context().sentence()).isEmpty();
        assertThat(r.context().lead()).isEqualTo("First sentence of 0.");
        assertThat(r.context().copies()).containsExactly(
                new FindingContext.OtherArticle("art1", "Outlet 1", "Headline 1", "First sentence of 1."));
    }

    @Test
    void longContextIsCutSoNoArticleTextIsCopiedWhole() {
        String longSentence = "word ".repeat(300);
        String cut = FindingsDraw.cut(longSentence, FindingsDraw.CONTEXT_CHARS);
        assertThat(cut).hasSizeLessThanOrEqualTo(FindingsDraw.CONTEXT_CHARS).endsWith("\u2026");
    }

    @Test
    void theEnginesOwnSentencesAreUsedByDefault() throws IOException {
        Path report = report(2, Map.of("hedged-language", 1));
        List<FindingRecord> drawn = new FindingsDraw(new OpenNlpSentences()).draw(ScoreReport.read(report), request(1, 5));
        assertThat(drawn.get(0).context().sentence()).isEqualTo("The ministry said 2,000 miners left 0.");
        assertThat(drawn.get(0).context().before()).isEqualTo("First sentence of 0.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        not JSON       | {"format": "credence-rep                | is not valid JSON
        another format | {"format": "credence-workspace/1"}      | is not a credence score --json report (format is 'credence-workspace/1', expected credence-report/1)
        no format      | {"articles": []}                        | is not a credence score --json report (format is missing, expected credence-report/1)
        a list         | []                                      | is not a credence score --json report (no JSON object)
        """)
    void somethingThatIsNotAScoreReportIsRefusedNamingTheFile(String name, String content, String reason) throws IOException {
        Path file = dir.resolve("not-a-report.json");
        Files.writeString(file, content);
        assertThatThrownBy(() -> ScoreReport.read(file)).isInstanceOf(DatasetException.class)
                .hasMessageStartingWith(file + ": " + reason);
    }

    @Test
    void drawnRecordsSurviveTheFileFormat() throws IOException {
        List<FindingRecord> drawn = draw(report(12, Map.of("rule-a", 1, "rule-b", 1)), 9, 5);
        Path out = dir.resolve("drawn.jsonl");
        new FindingsWriter().write(out, drawn);
        FindingsReader.Result back = new FindingsReader().read(List.of(out));
        assertThat(back.problems()).isEmpty();
        assertThat(back.unlabelled()).extracting(FindingsReader.Located::record).containsExactlyElementsOf(drawn);
        Function<FindingRecord, String> claim = FindingRecord::claim;
        assertThat(back.unlabelled()).extracting(l -> claim.apply(l.record())).allMatch(c -> c.endsWith("#2"));
    }
}
