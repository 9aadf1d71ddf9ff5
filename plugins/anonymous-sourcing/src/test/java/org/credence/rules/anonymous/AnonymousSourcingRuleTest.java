package org.credence.rules.anonymous;

import static org.assertj.core.api.Assertions.assertThat;

import org.credence.api.AnalyzedArticle;
import org.credence.api.SourceKind;
import org.credence.testkit.ArticleFixture;
import org.credence.testkit.RuleHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnonymousSourcingRuleTest {

    private final AnonymousSourcingRule rule = new AnonymousSourcingRule();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # sentence                                                        | source                          | cue      | kind      | strength | explanation
        A source close to the talks said the deal was done.               | A source close to the talks     | said     | ANONYMOUS | -0.5     | The claim is attributed only to "A source close to the talks", a source the article keeps anonymous.
        A spokesperson said the troops were ready.                        | A spokesperson                  | said     | UNNAMED   | -0.35    | The claim is attributed only to "A spokesperson", a source whose name the article does not give.
        A publication based in the capital reported the arrests.          | A publication                   | reported | UNNAMED   | -0.35    | The claim is attributed only to "A publication", a source whose name the article does not give.
        """)
    void claimsRestingOnlyOnHiddenSourcesAreFlagged(String sentence, String source, String cue, SourceKind kind,
                                                     double strength, String explanation) {
        AnalyzedArticle a = ArticleFixture.article("a").paragraph(sentence).attribution(source, cue, kind).build();
        assertThat(RuleHarness.evaluate(rule, a)).singleElement().satisfies(f -> {
            assertThat(f.strength()).isEqualTo(strength);
            assertThat(f.explanation()).isEqualTo(explanation);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # sentence                                                      | source                     | kind
        The Karvala Mining Ministry said the deal was done.              | The Karvala Mining Ministry | OFFICIAL
        Lena Orvik, an activist, said the deal was done.                 | Lena Orvik                 | ACTIVIST
        """)
    void namedSourcesAreNotFlagged(String sentence, String source, SourceKind kind) {
        AnalyzedArticle a = ArticleFixture.article("a").paragraph(sentence).attribution(source, "said", kind).build();
        assertThat(RuleHarness.evaluate(rule, a)).isEmpty();
    }

    /** A named body's spokesperson speaks for it on the record: the body stands behind the claim (decision 0044). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # sentence                                                      | source
        A Defense Department spokesperson said the troops were ready.    | A Defense Department spokesperson
        A spokesman for the mining ministry said the deal was done.      | A spokesman for the mining ministry
        The CMS press secretary said the deal was done.                  | The CMS press secretary
        """)
    void aNamedBodysSpokespersonIsNotAHiddenSource(String sentence, String source) {
        AnalyzedArticle a = ArticleFixture.article("a").paragraph(sentence)
                .attribution(source, "said", SourceKind.UNNAMED).build();
        assertThat(RuleHarness.evaluate(rule, a)).isEmpty();
    }

    @Test
    void anUnnamedSourceBesideANamedOneIsNotFlagged() {
        AnalyzedArticle a = ArticleFixture.article("a")
                .paragraph("A spokesperson and the Karvala Mining Ministry both said the deal was done.")
                .attribution("A spokesperson", "said", SourceKind.UNNAMED)
                .attribution("the Karvala Mining Ministry", "said", SourceKind.OFFICIAL).build();
        assertThat(RuleHarness.evaluate(rule, a)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # sentence                                                              | source                  | cue      | kind
        The report said there had been a lack of leadership at the ministry.    | The report              | said     | UNNAMED
        A joint status report acknowledged the witness could still testify.     | A joint status report   | acknowledged | UNNAMED
        Several lawmakers have promised to introduce a ban on the mines.        | Several lawmakers       | promised | UNNAMED
        """)
    void documentsAndTheSubjectsOfOtherVerbsAreNotHiddenSources(String sentence, String source, String cue,
                                                              SourceKind kind) {
        AnalyzedArticle a = ArticleFixture.article("a").paragraph(sentence).attribution(source, cue, kind).build();
        assertThat(RuleHarness.evaluate(rule, a)).as(sentence).isEmpty();
    }
}
