package org.credence.engine.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Article;
import org.credence.api.SameProposition;
import org.credence.api.Sentence;
import org.credence.engine.analysis.Analyzer;
import org.credence.engine.analysis.OpenNlpPipeline;
import org.credence.engine.analysis.StandardAnalysis;
import org.credence.engine.lexicon.Lexicons;
import org.credence.engine.model.Models;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether two sentences are about the same thing, on sentences analysed by the real pipeline. */
class PropositionJudgeTest {

    private static Analyzer analyzer;
    private static PropositionJudge judge;

    @BeforeAll
    static void load() {
        Lexicons lexicons = Lexicons.defaults();
        analyzer = StandardAnalysis.analyzer(new OpenNlpPipeline(), lexicons, Models.bundled());
        judge = PropositionJudge.of(lexicons);
    }

    private static Optional<SameProposition> judge(String first, String second) {
        AnalyzedArticle a = analyzer.analyze(Article.of("a", first));
        AnalyzedArticle b = analyzer.analyze(Article.of("b", second));
        Sentence x = a.sentences().get(a.sentences().size() - 1);
        Sentence y = b.sentences().get(b.sentences().size() - 1);
        return judge.judge(a, x.span(), b, y.span());
    }

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The militia has recruited 300 miners from the valley.  | There is no record of any recruitment in the valley. | recruited/recruitment
            Karvala has enlisted over 2,000 Tesmari fighters.      | The ministry denied any recruitment of Tesmari men.  | enlisted/recruitment
            The militia hired 300 miners from the valley.          | The union said 280 workers had signed contracts.     | the number of workers
            Police arrested 40 protesters in Tarsa on Monday.      | Officials denied that anyone was detained in Tarsa.  | arrested/detained
            """)
    void statementsAboutTheSameThingAreJudgedTheSameAndSayWhatTheyShare(String first, String second, String shared) {
        assertThat(judge(first, second)).hasValueSatisfying(p -> assertThat(p.describe()).contains(shared));
    }

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The militia could quickly recruit men from the valley.           | There is no record of any recruitment in the valley.
            Officials spoke of the possible recruitment of volunteers.       | There is no record of any recruitment in the valley.
            Recruitment will play a role as 3,000 soldiers were killed.      | There is no record of any recruitment in the valley.
            The minister spoke with 16,000 applicants who wish to join.      | There is no record of any recruitment in the valley.
            About 3,000 soldiers were killed in the valley, officials said.  | The militia recruited 3,000 soldiers in the valley.
            Tarsa and Karvala signed a trade pact on Monday.                 | Tarsa and Karvala held talks on a new border crossing.
            """)
    void statementsAboutOtherThingsOrOnlySupposingThemAreNot(String first, String second) {
        assertThat(judge(first, second)).isEmpty();
    }
}
