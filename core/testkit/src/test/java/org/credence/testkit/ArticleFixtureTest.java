package org.credence.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Claim;
import org.credence.api.CueType;
import org.credence.api.SourceKind;
import org.junit.jupiter.api.Test;

class ArticleFixtureTest {

    private final AnalyzedArticle article = ArticleFixture.article("a1")
            .headline("Port city hires 900 dockers")
            .outlet("Harbour Times")
            .paragraph("The port authority said it hired 900 dockers in May. Critics reportedly disputed the figure.")
            .inHeadline().count("900", 900, "dockers")
            .count("900", 900, "dockers")
            .attribution("The port authority", "said", SourceKind.OFFICIAL)
            .cue("reportedly", CueType.HEDGE)
            .build();

    @Test
    void marksLandOnTheirPhrasesAndClaimsCarryThem() {
        assertThat(article.quantities()).extracting(q -> article.text(q.span())).containsExactly("900", "900");
        assertThat(article.quantities().get(0).span().end()).isLessThanOrEqualTo(article.headline().end());
        Claim first = article.claim("a1#1").orElseThrow();
        assertThat(first.attributions()).singleElement()
                .satisfies(a -> assertThat(article.text(a.cue())).isEqualTo("said"));
        assertThat(first.quantities()).hasSize(1);
        assertThat(article.claim("a1#2").orElseThrow().has(CueType.HEDGE)).isTrue();
        assertThat(article.headlineClaim()).map(Claim::id).contains("a1#0");
    }

    @Test
    void aPhraseThatIsNotInTheTextIsReportedByName() {
        assertThatThrownBy(() -> ArticleFixture.article("a2").paragraph("Nothing here.").count("12", 12, "").build())
                .hasMessageContaining("\"12\"");
    }

    @Test
    void fixedCorpusMirrorsLinksAndKnowsGroups() {
        AnalyzedArticle copy = ArticleFixture.article("a3").paragraph("The port authority said it hired 900 dockers.")
                .build();
        FixedCorpus corpus = FixedCorpus.of(article, copy).withDuplicateGroup(0.8, "a1", "a3");
        assertThat(corpus.sameOrigin("a1", "a3")).isTrue();
        assertThat(corpus.similarity("a3", "a1")).isEqualTo(0.8);
        assertThat(corpus.size()).isEqualTo(2);
    }
}
