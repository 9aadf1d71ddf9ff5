package org.credence.rules.singlesource;

import org.credence.api.CredibilityRule;
import org.credence.testkit.CredibilityRuleContract;

class SingleSourceNumbersContractTest extends CredibilityRuleContract {

    @Override
    protected CredibilityRule rule() {
        return new SingleSourceNumbersRule();
    }
}
