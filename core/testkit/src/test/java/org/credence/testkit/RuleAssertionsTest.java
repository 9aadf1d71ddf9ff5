package org.credence.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.credence.testkit.RuleAssertions.assertThatRule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.credence.api.Claim;
import org.credence.api.CredibilityRule;
import org.credence.api.CueType;
import org.credence.api.Evidence;
import org.credence.api.Finding;
import org.credence.api.RuleContext;
import org.credence.api.RuleInfo;
import org.junit.jupiter.api.Test;

class RuleAssertionsTest {

    /** Lowers claims with a hedge, raises claims that name "the ministry". */
    private static final CredibilityRule RULE = new CredibilityRule() {
        @Override
        public RuleInfo info() {
            return new RuleInfo("demo", "Demo", "A rule for these tests.", 0.5, "");
        }

        @Override
        public List<Finding> evaluate(RuleContext context) {
            List<Finding> out = new ArrayList<>();
            for (Claim c : context.article().claims()) {
                String text = context.article().text(c.span());
                c.cues().stream().filter(q -> q.type() == CueType.HEDGE).findFirst().ifPresent(q -> out.add(
                        Finding.about(c, "demo", -0.4, "Hedged: \"" + context.article().text(q.span()) + "\".",
                                List.of(new Evidence(q.span(), "hedge")))));
                if (text.toLowerCase(Locale.ROOT).contains("the ministry said")) {
                    out.add(Finding.about(c, "demo", 0.2, "The ministry stands behind it.", List.of()));
                }
            }
            return out;
        }
    };

    private static final String TEXT = "The mayor reportedly resigned on Friday after 2,000 protesters marched. "
            + "The port reopened on Monday with 300 new dockers, the ministry said.";

    @Test
    void aFindingThatLowersAClaimsScoreIsStatedInOneLine() {
        assertThatRule(RULE).on(TEXT).flagsClaim("The mayor reportedly resigned").loweringItsScore()
                .withExplanation("Hedged: \"reportedly\".").withEvidence("reportedly")
                .and().flagsClaim("The port reopened").raisingItsScore();
    }

    @Test
    void aMissingFindingSaysWhatTheRuleFoundInstead() {
        assertThatThrownBy(() -> assertThatRule(RULE).on(TEXT).flagsClaim("The port reopened").loweringItsScore())
                .hasMessageContaining("no finding on claim article#1").hasMessageContaining("lowers its score")
                .hasMessageContaining("strength +0.20: The ministry stands behind it.");
    }

    @Test
    void aSentenceThatIsNotAClaimIsNamedAsSuch() {
        assertThatThrownBy(() -> assertThatRule(RULE).on("Hello there. " + TEXT).flagsClaim("Hello there"))
                .hasMessageContaining("which the engine does not take for a claim")
                .hasMessageContaining("The claims are: article#1");
        assertThatThrownBy(() -> assertThatRule(RULE).on(TEXT).flagsClaim("elephants"))
                .hasMessageContaining("it is not in the article's text");
    }

    @Test
    void anUnwantedFindingFails() {
        assertThatThrownBy(() -> assertThatRule(RULE).on(TEXT).doesNotFlagClaim("The mayor"))
                .hasMessageContaining("should not flag claim article#0");
        assertThatThrownBy(() -> assertThatRule(RULE).on(TEXT).flagsNothing()).hasMessageContaining("should find nothing");
    }

    @Test
    void fixturesWorkToo() {
        assertThatRule(RULE).on(ArticleFixture.article("f").paragraph("Some say the plant was allegedly sold.")
                .cue("allegedly", CueType.HEDGE).build())
                .flagsClaim("plant was allegedly sold").loweringItsScore().withExplanationContaining("allegedly");
    }
}
