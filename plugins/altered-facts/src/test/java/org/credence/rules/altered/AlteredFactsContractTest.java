package org.credence.rules.altered;

import org.credence.api.CredibilityRule;
import org.credence.testkit.CredibilityRuleContract;

class AlteredFactsContractTest extends CredibilityRuleContract {

    @Override
    protected CredibilityRule rule() {
        return new AlteredFactsRule();
    }
}
