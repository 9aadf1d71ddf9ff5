package org.credence.rules.altered;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.credence.api.AlignedSentences;
import org.credence.api.AnalyzedArticle;
import org.credence.api.Article;
import org.credence.api.CopyAlignment;
import org.credence.api.CorpusView;
import org.credence.api.Finding;
import org.credence.testkit.RealAnalysis;
import org.credence.testkit.RuleHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Altered facts found by the real engine's copies and alignment, and the pairs that are not one story copied. */
class AlteredFactsRuleTest {

    private static List<Finding> findingsOnTheLater(String earlier, String later) {
        CorpusView corpus = RealAnalysis.analyzeTogether(List.of(
                new Article("first", "", "Velmora Courier", "2026-03-03", "", earlier, "test:first"),
                new Article("second", "", "Velmora Courier", "2026-03-04", "", later, "test:second")));
        AnalyzedArticle second = corpus.article("second").orElseThrow();
        return RuleHarness.evaluate(new AlteredFactsRule(), second, corpus);
    }

    @Test
    void aLaterCopyThatChangesTheCauseAndTheTollIsFlagged() {
        assertThat(findingsOnTheLater(Examples.REPORT, Examples.ALTERED))
                .anySatisfy(f -> assertThat(f.explanation()).contains("chemical attack").contains("car bomb"));
    }

    @Test
    void aCopyThatDiffersOnlyInItsPageFooterIsNotFlagged() {
        String footer = " Copyright 2026 The Velmora Courier. All rights reserved.";
        assertThat(findingsOnTheLater(Examples.REPORT + footer, Examples.REPORT + footer.replace("2026", "2027")))
                .isEmpty();
    }

    /** Two stories of one outlet that share some background paragraphs align on a few sentences only. */
    @ParameterizedTest(name = "{0} of the shorter article's 6 sentences aligned -> one story copied: {1}")
    @CsvSource({"2, false", "3, true", "6, true"})
    void aPairIsOneStoryCopiedOnlyWhenMostOfTheShorterArticleAligns(int aligned, boolean copied) {
        String six = "The market opened. Traders came early. Prices rose. The mayor visited. Police watched. It rained.";
        AnalyzedArticle a = RealAnalysis.analyze("a", six);
        AnalyzedArticle b = RealAnalysis.analyze("b", six + " The council met. The roads closed.");
        List<AlignedSentences> pairs = IntStream.range(0, aligned).mapToObj(i -> new AlignedSentences(i, i, 1.0)).toList();
        CopyAlignment alignment = new CopyAlignment("a", "b", pairs, 0.5, false);
        assertThat(a.sentences()).hasSize(6);
        assertThat(AlteredFactsRule.mostlyAligned(a, b, alignment)).isEqualTo(copied);
    }
}
