package org.credence.rules.headline;

import org.credence.api.CredibilityRule;
import org.credence.testkit.CredibilityRuleContract;

class HeadlineSupportContractTest extends CredibilityRuleContract {

    @Override
    protected CredibilityRule rule() {
        return new HeadlineSupportRule();
    }
}
