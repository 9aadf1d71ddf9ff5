package org.credence.rules.copied;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.credence.api.AlignedSentences;
import org.credence.api.AnalyzedArticle;
import org.credence.api.Claim;
import org.credence.api.ClaimLink;
import org.credence.api.CopyAlignment;
import org.credence.api.CorpusView;
import org.credence.api.DuplicateGroup;
import org.credence.testkit.ArticleFixture;
import org.credence.testkit.FixedCorpus;
import org.credence.testkit.RuleHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CopiedContentRuleTest {

    private static final String ORIGINAL = "Karvala has hired over 2,000 Tesmari miners, the observatory said. "
            + "The men were promised wages and will join crews in the north. Officials said the first group would "
            + "travel next week from the border town of Osk.";
    private static final String SPUN = "Karvala has employed over 2,000 Tesmari diggers, the observatory mentioned. "
            + "The men were pledged wages and will affix crews in the north. Officers said the primary group would "
            + "journey next week from the frontier town of Osk.";

    private final CopiedContentRule rule = new CopiedContentRule();

    private static AnalyzedArticle article(String id, String outlet, String date, String body) {
        return ArticleFixture.article(id).outlet(outlet).date(date).paragraph(body).build();
    }

    @Test
    void aSpunCopyIsFlaggedWithTheSimilarityAndSwappedWords() {
        AnalyzedArticle original = article("ledger", "Coastal Ledger", "", ORIGINAL);
        AnalyzedArticle spun = article("wire", "Daily Wire Copy", "", SPUN);
        FixedCorpus corpus = FixedCorpus.of(original, spun).withDuplicateGroup(0.58, "ledger", "wire");
        assertThat(RuleHarness.evaluate(rule, spun, corpus)).singleElement().satisfies(f -> {
            assertThat(f.isArticleLevel()).isTrue();
            assertThat(f.strength()).as("undecided: half a copy's weight").isEqualTo(-0.3);
            assertThat(f.explanation()).startsWith("This article and ledger (Coastal Ledger) are one story: 58% of "
                    + "their wording pattern is shared, with words swapped one for one (\"employed\" for \"hired\", "
                    + "\"diggers\" for \"miners\", \"mentioned\" for \"said\")");
            assertThat(f.explanation()).endsWith("Its claims are not counted as independent corroboration.");
        });
    }

    @Test
    void aVerbatimCopyIsCalledACopy() {
        AnalyzedArticle original = article("a", "", "", ORIGINAL);
        AnalyzedArticle copy = article("b", "", "", ORIGINAL);
        FixedCorpus corpus = FixedCorpus.of(original, copy).withDuplicateGroup(1.0, "a", "b");
        assertThat(RuleHarness.evaluate(rule, copy, corpus)).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("100% of the words appear in the same order: a copy"));
    }

    @Test
    void anArticleInNoGroupIsNotFlagged() {
        AnalyzedArticle a = article("a", "", "", ORIGINAL);
        AnalyzedArticle b = article("b", "", "", "The union said 700 miners left Tarsa for the coast in May.");
        assertThat(RuleHarness.evaluate(rule, a, FixedCorpus.of(a, b))).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
        # case                                   | ledger date | wire date  | wire's source        | copy   | explanation of the copy
        the later one is the copy                | 2026-03-03  | 2026-03-04 | the observatory      | wire   | This article copies ledger (Coastal Ledger), published earlier
        the later one is the copy, either order  | 2026-03-05  | 2026-03-04 | the observatory      | ledger | This article copies wire (Daily Wire Copy), published earlier
        the one naming the other's outlet copies |             |            | the Coastal Ledger   | wire   | This article copies ledger (Coastal Ledger), whose outlet it names as a source
        """)
    void theCopyAloneIsFlaggedWhenDatesOrWordingTellWhichItIs(String name, String ledgerDate, String wireDate,
                                                               String wireSource, String copyId, String explanation) {
        AnalyzedArticle ledger = article("ledger", "Coastal Ledger", ledgerDate == null ? "" : ledgerDate, ORIGINAL);
        AnalyzedArticle wire = ArticleFixture.article("wire").outlet("Daily Wire Copy")
                .date(wireDate == null ? "" : wireDate).paragraph(SPUN.replace("the observatory", wireSource))
                .attribution(wireSource, "mentioned", org.credence.api.SourceKind.MEDIA).build();
        FixedCorpus corpus = FixedCorpus.of(ledger, wire).withDuplicateGroup(0.58, "ledger", "wire");
        AnalyzedArticle copy = copyId.equals("wire") ? wire : ledger;
        AnalyzedArticle original = copy == wire ? ledger : wire;
        assertThat(RuleHarness.evaluate(rule, copy, corpus)).singleElement().satisfies(f -> {
            assertThat(f.strength()).as("the whole weight of a spun copy").isEqualTo(CopiedContentRule.SPUN_STRENGTH);
            assertThat(f.explanation()).startsWith(explanation);
        });
        assertThat(RuleHarness.evaluate(rule, original, corpus)).as("the original").isEmpty();
    }

    @Test
    void aPairSharingOnlyPassagesOrBoilerplateIsNotCalledACopy() {
        AnalyzedArticle a = article("a", "", "", ORIGINAL);
        AnalyzedArticle b = article("b", "", "", ORIGINAL + " The union said 700 miners left Tarsa for the coast in May. "
                + "A new road to the coast opened on Friday, and the governor said more roads would follow.");
        FixedCorpus corpus = FixedCorpus.of(a, b).withDuplicateGroup(0.45, "a", "b");
        assertThat(RuleHarness.evaluate(rule, b, corpus)).isEmpty();
    }

    /** The fixed corpus with the engine's sentence alignment of one pair, found as a rewrite. */
    private record WithRewrite(FixedCorpus base, CopyAlignment rewrite) implements CorpusView {
        @Override public List<AnalyzedArticle> articles() { return base.articles(); }
        @Override public Optional<AnalyzedArticle> article(String id) { return base.article(id); }
        @Override public Optional<Claim> claim(String id) { return base.claim(id); }
        @Override public List<DuplicateGroup> duplicateGroups() { return base.duplicateGroups(); }
        @Override public Optional<DuplicateGroup> duplicateGroupOf(String id) { return base.duplicateGroupOf(id); }
        @Override public double similarity(String a, String b) { return base.similarity(a, b); }
        @Override public List<ClaimLink> linksFrom(String id) { return base.linksFrom(id); }
        @Override public List<AnalyzedArticle> storyOf(String id) { return base.storyOf(id); }
        @Override public Optional<CopyAlignment> alignment(String a, String b) {
            return rewrite.articleId().equals(a) && rewrite.otherArticleId().equals(b) ? Optional.of(rewrite)
                    : rewrite.articleId().equals(b) && rewrite.otherArticleId().equals(a) ? Optional.of(rewrite.reversed())
                    : Optional.empty();
        }
    }

    /** Decision 0041: a rewrite counts as a copy only when most of its words keep the original's order. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # the later article                                                                                   | flagged
        an edited copy    | Karvala has hired over 2,000 Tesmari miners, the observatory said on Monday. The men were promised wages and will join crews in the north. Officials said the first group would travel next week from the border town of Osk. | true
        another report    | Tesmari families say their sons left for Karvala this spring. Nobody in Osk knows how many went north, and the ministry would not say.        | false
        """)
    void aRewriteIsACopyOnlyWhenMostOfItsWordsKeepTheOriginalsOrder(String name, String later, boolean flagged) {
        AnalyzedArticle a = article("a", "Coastal Ledger", "2026-03-03", ORIGINAL);
        AnalyzedArticle b = article("b", "Meridian News", "2026-03-04", later);
        CorpusView corpus = new WithRewrite(FixedCorpus.of(a, b).withDuplicateGroup(0.3, "a", "b"),
                new CopyAlignment("b", "a", List.of(new AlignedSentences(0, 0, 0.5)), 0.3, true));
        assertThat(RuleHarness.evaluate(rule, b, corpus)).as(name).hasSize(flagged ? 1 : 0);
    }
}
