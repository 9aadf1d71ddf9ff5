package org.credence.rules.hedging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.credence.api.AnalyzedArticle;
import org.credence.api.CueType;
import org.credence.api.Finding;
import org.credence.api.SourceKind;
import org.credence.testkit.ArticleFixture;
import org.credence.testkit.RuleHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HedgedLanguageRuleTest {

    private final HedgedLanguageRule rule = new HedgedLanguageRule();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # sentence                                                        | cue                    | type   | explanation
        The mayor reportedly resigned on Friday.                          | reportedly             | HEDGE  | The claim rests on hedged wording: "reportedly", and no named source stands behind it.
        Some say the harbour will never reopen.                           | Some say               | WEASEL | The claim rests on hedged wording: "Some say", and no named source stands behind it.
        The harbour master is understood to have resigned on Friday.      | is understood to       | HEDGE  | The claim rests on hedged wording: "is understood to", and no named source stands behind it.
        """)
    void hedgedClaimsAreFlaggedQuotingTheWords(String sentence, String cue, CueType type, String explanation) {
        AnalyzedArticle a = ArticleFixture.article("a").paragraph(sentence).cue(cue, type).build();
        assertThat(RuleHarness.evaluate(rule, a)).singleElement().satisfies(f -> {
            assertThat(f.explanation()).isEqualTo(explanation);
            assertThat(f.strength()).isNegative();
        });
    }

    @Test
    void aWeaselSourceWithNoNamedSourceWeighsMoreThanAHedgeBesideANamedOne() {
        AnalyzedArticle weasel = ArticleFixture.article("w")
                .paragraph("Multiple media reports claimed that the plant had been sold.")
                .cue("Multiple media reports", CueType.WEASEL).cue("claimed", CueType.HEDGE)
                .attribution("Multiple media reports", "claimed", SourceKind.UNNAMED).build();
        AnalyzedArticle hedge = ArticleFixture.article("h")
                .paragraph("The plant was reportedly sold, the Karvala Mining Ministry said.")
                .cue("reportedly", CueType.HEDGE)
                .attribution("the Karvala Mining Ministry", "said", SourceKind.OFFICIAL).build();
        Finding w = RuleHarness.evaluate(rule, weasel).get(0);
        Finding h = RuleHarness.evaluate(rule, hedge).get(0);
        assertThat(w.strength()).isLessThan(h.strength());
        assertThat(h.explanation()).isEqualTo("The claim rests on hedged wording: \"reportedly\".");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # sentences with a cue that is not a hedge, or none
        The ministry denied that the plant was sold.           | denied          | DENIAL
        There was no official record of the sale.               | no official record | NO_EVIDENCE
        """)
    void otherCuesAreNotHedges(String sentence, String cue, CueType type) {
        AnalyzedArticle a = ArticleFixture.article("a").paragraph(sentence).cue(cue, type).build();
        assertThat(RuleHarness.evaluate(rule, a)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # wording that distances the writer from a source, or hides it: must fire
        The plant is said to have been sold in secret.                   | is said to       | HEDGE
        The ferry company is believed to have laid off 300 workers.      | is believed to   | HEDGE
        The council purportedly spent $2 million on the depot.           | purportedly      | HEDGE
        According to reports, the harbour master resigned on Friday.     | According to reports | WEASEL
        Critics say the depot cost twice what the council admits.        | Critics say      | WEASEL
        The depot, reportedly, cost twice what the council admits.       | reportedly       | HEDGE
        Multiple reports say the depot cost twice what the council admits. | Multiple reports | WEASEL
        """)
    void distancingHedgesAndWeaselPhrasesFire(String sentence, String cue, CueType type) {
        AnalyzedArticle a = ArticleFixture.article("a").paragraph(sentence).cue(cue, type).build();
        assertThat(RuleHarness.evaluate(rule, a)).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("\"" + cue + "\""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # the writer's own inference or doubt, the wording of a charge, a topic noun, a hedge inside someone's quoted
        # words or in a side clause
        The mayor apparently wants a second term.                                  | apparently     | HEDGE
        The ferry seems to run late every Monday.                                 | seems to       | HEDGE
        The depot could possibly open next spring.                                | possibly       | HEDGE
        The council might have spent more on the depot than planned.              | might have     | HEDGE
        The inquiry is looking into the alleged payments to the harbour master.   | alleged        | HEDGE
        The funds were allegedly moved abroad by the council.                     | allegedly      | HEDGE
        The union sued the guards who allegedly searched the miners without a warrant. | allegedly | HEDGE
        The harbour master is alleged to have taken bribes.                       | is alleged to  | HEDGE
        Supposedly, the council owes every ferry passenger an apology.            | Supposedly     | HEDGE
        The raid, which reportedly took place in the summer, found no hostages.   | reportedly     | HEDGE
        The mayor, who reportedly wants a second term, opened the depot.          | reportedly     | HEDGE
        The depot opened on Friday, although some say it is not finished.        | some say       | WEASEL
        The crowds, reportedly numbering in the thousands, blocked the harbour road. | reportedly  | HEDGE
        The council met a rumored contender for the harbour job on Friday.        | rumored        | HEDGE
        Police received multiple reports of shots fired near the depot.           | multiple reports | WEASEL
        The rumors touched the harbour office last week.                          | rumors         | WEASEL
        "The plant was reportedly sold to a friend of his," the mayor said.       | reportedly     | HEDGE
        The mayor wrote: “Some say the harbour will never reopen, but they are wrong.” | Some say | WEASEL
        """)
    void inferenceChargesTopicsAndQuotedHedgesDoNotFire(String sentence, String cue, CueType type) {
        AnalyzedArticle a = ArticleFixture.article("a").paragraph(sentence).cue(cue, type).build();
        assertThat(RuleHarness.evaluate(rule, a)).isEmpty();
    }

    @Test
    void aHedgeInsideAQuotationThatTwoApostrophesCloseAndAStraightMarkReopensDoesNotFire() {
        AnalyzedArticle a = ArticleFixture.article("a")
                .paragraph("\"Sadly,'' said the minister, \"the plant was reportedly sold to a friend of his.''")
                .cue("reportedly", CueType.HEDGE).build();
        assertThat(RuleHarness.evaluate(rule, a)).isEmpty();
    }

    @Test
    void aHedgeAfterAQuotationThatTwoApostrophesClosedStillFires() {
        AnalyzedArticle a = ArticleFixture.article("a")
                .paragraph("\"Sadly,'' said the minister, and the plant was reportedly sold to a friend of his.")
                .cue("reportedly", CueType.HEDGE).build();
        assertThat(RuleHarness.evaluate(rule, a)).hasSize(1);
    }

    @Test
    void aWeaselPhraseWhoseNextSentenceNamesASourceOfItsKindDoesNotFireButOneLeftUnnamedDoes() {
        String weasel = "Experts say the ferry law has not been enforced in the valley.";
        AnalyzedArticle named = ArticleFixture.article("n")
                .paragraph(weasel + " \"Nobody checks the tickets,\" said Jo Park, a lawyer at the harbour office.")
                .cue("Experts say", CueType.WEASEL)
                .attribution("Jo Park", "said", SourceKind.EXPERT).build();
        AnalyzedArticle unnamed = ArticleFixture.article("u")
                .paragraph(weasel + " The ferries ran late all winter.")
                .cue("Experts say", CueType.WEASEL).build();
        AnalyzedArticle other = ArticleFixture.article("o")
                .paragraph("Several media reports claimed that the ferry law has not been enforced in the valley. "
                        + "The harbour minister, Lena Marsh, said on Monday that new inspectors would start in May.")
                .cue("Several media reports", CueType.WEASEL)
                .attribution("The harbour minister, Lena Marsh", "said", SourceKind.OFFICIAL).build();
        assertThat(RuleHarness.evaluate(rule, named)).isEmpty();
        assertThat(RuleHarness.evaluate(rule, unnamed)).hasSize(1);
        assertThat(RuleHarness.evaluate(rule, other)).as("a named source of another kind next door").hasSize(1);
    }

    @Test
    void aWeaselPhraseInsideANamedSourceDoesNotFire() {
        AnalyzedArticle a = ArticleFixture.article("a")
                .paragraph("The mayor and other critics said the depot cost twice what the council admits.")
                .cue("other critics", CueType.WEASEL)
                .attribution("The mayor and other critics", "said", SourceKind.OFFICIAL).build();
        assertThat(RuleHarness.evaluate(rule, a)).isEmpty();
    }

    @Test
    void aHedgeWithANamedSourceNextDoorIsFlaggedWithoutSayingNoNamedSourceStandsBehindIt() {
        AnalyzedArticle a = ArticleFixture.article("a")
                .paragraph("The Coastal Ledger published the harbour accounts on Monday. The depot reportedly cost "
                        + "twice what the council admits.")
                .attribution("The Coastal Ledger", "published", SourceKind.MEDIA)
                .cue("reportedly", CueType.HEDGE).build();
        assertThat(RuleHarness.evaluate(rule, a)).singleElement().satisfies(f -> assertThat(f.explanation())
                .isEqualTo("The claim rests on hedged wording: \"reportedly\"."));
    }

    @Test
    void aPlainStatementIsNotFlagged() {
        assertThat(RuleHarness.evaluate(rule, ArticleFixture.article("a")
                .paragraph("The plant was sold on Friday, the ministry said.").build())).isEqualTo(List.of());
    }
}
