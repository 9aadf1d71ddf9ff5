package org.credence.engine.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Article;
import org.credence.api.ClaimLink;
import org.credence.api.Relation;
import org.credence.engine.analysis.Analyzer;
import org.credence.engine.analysis.OpenNlpPipeline;
import org.credence.engine.analysis.StandardAnalysis;
import org.credence.engine.lexicon.Lexicons;
import org.credence.engine.model.Models;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CorpusBuilderTest {

    private static final String ORIGINAL = "Karvala has hired over 2,000 Tesmari miners to work in its northern pits, "
            + "according to the Kelvar Observatory for Labour Rights, a monitoring group based in Tarsa. "
            + "\"So far, more than 2,000 miners have signed contracts,\" said the observatory, adding that the men "
            + "were promised wages of $400 to $600 a month. The Karvala Mining Ministry said on Tuesday that the "
            + "first group would travel by train from the border town of Osk next week. Officials in Tesmar have "
            + "not commented on the recruitment, which began in the spring after the closure of the Lorn mine.";
    /** The same report after a synonym tool: most content words swapped, names, numbers and order kept. */
    private static final String SPUN = "Karvala has employed over 2,000 Tesmari diggers to labour in its northern "
            + "shafts, in accordance with the Kelvar Observatory for Labour Rights, a watching group primarily based "
            + "in Tarsa. \"Thus far, greater than 2,000 miners have inked agreements,\" mentioned the observatory, "
            + "including that the males had been pledged pay of $400 to $600 a month. The Karvala Mining Ministry "
            + "stated on Tuesday that the primary batch would journey by rail from the frontier city of Osk subsequent "
            + "week. Officers in Tesmar have not remarked on the hiring, which started in the spring after the "
            + "shutdown of the Lorn mine.";
    /** Another outlet's own report of the same event. */
    private static final String INDEPENDENT = "Tesmari miners are leaving for Karvala in large numbers. The Karvala "
            + "Mining Ministry said on Wednesday that only 700 miners from Tesmar had signed contracts in Karvala. "
            + "Union leader Ada Brenn told reporters in Osk that families had not been told where the men would "
            + "work. The Lorn mine closed in March, leaving about 1,200 people without work in the district.";

    private static Analyzer analyzer;
    private final CorpusBuilder builder = new CorpusBuilder(Lexicons.defaults());

    @BeforeAll
    static void loadModels() {
        Lexicons lexicons = Lexicons.defaults();
        analyzer = StandardAnalysis.analyzer(new OpenNlpPipeline(), lexicons, Models.bundled());
    }

    private static AnalyzedArticle analyse(String id, String body) {
        return analyzer.analyze(Article.of(id, body));
    }

    @Test
    void aCopyAndASpunCopyGroupWhileAnIndependentReportStandsAlone() {
        Corpus corpus = builder.build(List.of(analyse("original", ORIGINAL), analyse("spun", SPUN),
                analyse("copy", ORIGINAL), analyse("other", INDEPENDENT)));
        assertThat(corpus.duplicateGroups()).singleElement().satisfies(g -> {
            assertThat(g.articleIds()).containsExactly("original", "spun", "copy");
            assertThat(g.id()).isEqualTo("original");
        });
        assertThat(corpus.similarity("original", "copy")).isEqualTo(1.0);
        assertThat(corpus.similarity("original", "spun")).isGreaterThanOrEqualTo(NearDuplicateDetector.THRESHOLD);
        assertThat(corpus.similarity("original", "other")).isLessThan(0.2);
        assertThat(corpus.sameOrigin("spun", "original")).isTrue();
        assertThat(corpus.sameOrigin("other", "original")).isFalse();
    }

    @Test
    void figuresAboutTheSameThingAreLinkedAsSameConflictingOrSameOrigin() {
        Corpus corpus = builder.build(List.of(analyse("original", ORIGINAL), analyse("spun", SPUN),
                analyse("other", INDEPENDENT)));
        String first = corpus.article("original").orElseThrow().claims().get(0).id();
        List<ClaimLink> links = corpus.linksFrom(first);
        assertThat(links).anySatisfy(l -> {
            assertThat(l.otherArticle()).isEqualTo("spun");
            assertThat(l.relation()).isEqualTo(Relation.SAME_ORIGIN);
            assertThat(l.independent()).isFalse();
        });
        assertThat(links).anySatisfy(l -> {
            assertThat(l.otherArticle()).isEqualTo("other");
            assertThat(l.relation()).isEqualTo(Relation.CONFLICTING_FIGURE);
            assertThat(l.independent()).isTrue();
            assertThat(l.subject()).isEqualTo("workers");
        });
        // the 1,200 people out of work are not the miners hired
        assertThat(corpus.allLinks()).noneSatisfy(l -> assertThat(l.subject()).isEqualTo("people"));
    }
}
