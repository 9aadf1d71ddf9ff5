package org.credence.rules.anonymous;

import org.credence.api.CredibilityRule;
import org.credence.testkit.CredibilityRuleContract;

class AnonymousSourcingContractTest extends CredibilityRuleContract {

    @Override
    protected CredibilityRule rule() {
        return new AnonymousSourcingRule();
    }
}
