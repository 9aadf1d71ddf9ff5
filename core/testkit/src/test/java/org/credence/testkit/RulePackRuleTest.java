package org.credence.testkit;

import static org.credence.testkit.RuleAssertions.assertThatRule;

import java.util.List;

import org.credence.engine.rulepack.PackRule;
import org.credence.engine.rulepack.RulePackReader;
import org.credence.engine.rulepack.RulePackRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Rules written as JSON packs, run on real analysis and asserted with the same kit as Java rules. */
class RulePackRuleTest {

    private static RulePackRule rule(String when, String unless, String explanation) throws Exception {
        String json = """
                { "pack": "test-pack", "rules": [ {
                    "id": "test-rule", "when": %s, %s "effect": -0.4, "explanation": "%s" } ] }
                """.formatted(when, unless == null ? "" : "\"unless\": " + unless + ",", explanation);
        List<PackRule> rules = new RulePackReader().parse("test.json", json).rules();
        return new RulePackRule(rules.get(0));
    }

    private static final String STORY = """
            Experts say the Karvala mine lost 12 million dollars last year.

            Lena Orvik, an opposition activist, said that more than 3,000 miners had already left the town.

            Some 200 families moved to the coast last spring, the Karvala Mining Ministry said.

            The company reportedly sold 40 trucks to the army in March.
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # when                                                                           | explanation template        | claim flagged                | explanation
        { "phrases": ["experts say"] }                                                   | Vague: {phrase} in {claim}  | Experts say the Karvala mine | Vague: Experts say in Experts say the Karvala mine lost 12 million dollars last year.
        { "sources": ["ACTIVIST"], "quantity": { "atLeast": 1000, "nouns": ["miner"] } } | {quantity} {noun}, {kind}   | more than 3,000 miners       | more than 3,000 miners, an activist
        { "cues": ["HEDGE"] }                                                            | Vague: {cue}                | The company reportedly sold  | Vague: reportedly
        """)
    void aClaimShowingEverythingTheWhenAsksIsFlaggedWithTheFilledInExplanation(String when, String template,
                                                                                 String claim, String explanation)
            throws Exception {
        assertThatRule(rule(when, null, template)).on(STORY).flagsClaim(claim).loweringItsScore()
                .withStrengthBetween(-0.4, -0.4).withExplanation(explanation);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # when                                                            | claim not flagged
        { "phrases": ["experts say"] }                                    | Some 200 families
        { "sources": ["ACTIVIST"], "quantity": { "atLeast": 5000 } }      | more than 3,000 miners
        { "quantity": { "nouns": ["miner"] } }                            | Some 200 families
        { "cues": ["DENIAL"] }                                            | The company reportedly sold
        """)
    void aClaimMissingAnyPartOfTheWhenIsNotFlagged(String when, String claim) throws Exception {
        assertThatRule(rule(when, null, "flagged")).on(STORY).doesNotFlagClaim(claim);
    }

    @Test
    void anUnlessThatHoldsSilencesTheRule() throws Exception {
        RulePackRule r = rule("{ \"quantity\": { \"kinds\": [\"COUNT\"] } }", "{ \"sources\": [\"ACTIVIST\"] }",
                "{quantity} {noun}");
        assertThatRule(r).on(STORY).doesNotFlagClaim("more than 3,000 miners")
                .flagsClaim("Some 200 families").withExplanation("Some 200 families").withEvidence("Some 200");
    }
}
