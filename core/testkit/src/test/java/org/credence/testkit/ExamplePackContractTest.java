package org.credence.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.credence.api.CredibilityRule;
import org.credence.engine.pipeline.RuleSources;
import org.credence.engine.rulepack.PackRule;
import org.credence.engine.rulepack.RulePackException;
import org.credence.engine.rulepack.RulePackReader;
import org.credence.engine.rulepack.RulePackRule;
import org.credence.engine.rules.LoadedRules;
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
        } catch (RulePackException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** A pack's rules are made by the loader from the JSON file, not by PF4J: that is what is checked instead. */
    abstract static class PackRuleContract extends CredibilityRuleContract {
        @Override
        @Test
        public void theRuleIsAnExtensionPf4jCanCreate() {
            String id = rule().info().id();
            try (LoadedRules loaded = RuleSources.load(PACK.getParent(), List.of(), List.of())) {
                assertThat(loaded.rules()).filteredOn(r -> r.id().equals(id)).singleElement()
                        .satisfies(r -> assertThat(r.rule()).isInstanceOf(RulePackRule.class))
                        .satisfies(r -> assertThat(r.descriptor().source()).isEqualTo(PACK.toString()));
            }
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
