package org.credence.testkit;

import java.nio.file.Path;

import org.credence.api.CredibilityRule;
import org.credence.engine.rulepack.PackRule;
import org.credence.engine.rulepack.RulePackReader;
import org.credence.engine.rulepack.RulePackRule;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules of the example pack (docs/packs/classroom-basics.json) keep the same contract as Java rules. */
class ExamplePackContractTest {

    private static final Path PACK = Path.of("..", "..", "docs", "packs", "classroom-basics.json");

    static CredibilityRule rule(String id) {
        try {
            PackRule rule = new RulePackReader().read(PACK).rules().stream().filter(r -> r.info().id().equals(id))
                    .findFirst().orElseThrow(() -> new AssertionError(PACK + " has no rule " + id));
            return new RulePackRule(rule);
        } catch (org.credence.engine.rulepack.RulePackException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    abstract static class PackRuleContract extends CredibilityRuleContract {
        @Override
        @Test
        @Disabled("a pack's rules are made by the loader from the JSON file, not by PF4J as extensions")
        public void theRuleIsAnExtensionPf4jCanCreate() {
        }
    }

    @Nested
    class SecondHandReport extends PackRuleContract {
        @Override
        protected CredibilityRule rule() {
            return ExamplePackContractTest.rule("second-hand-report");
        }
    }

    @Nested
    class PartisanHeadCount extends PackRuleContract {
        @Override
        protected CredibilityRule rule() {
            return ExamplePackContractTest.rule("partisan-head-count");
        }
    }

    @Nested
    class ForecastNotFact extends PackRuleContract {
        @Override
        protected CredibilityRule rule() {
            return ExamplePackContractTest.rule("forecast-not-fact");
        }
    }
}
