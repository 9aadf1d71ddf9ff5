package org.credence.rules.activist;

import org.credence.api.CredibilityRule;
import org.credence.testkit.CredibilityRuleContract;

class UnverifiedActivistClaimsContractTest extends CredibilityRuleContract {

    @Override
    protected CredibilityRule rule() {
        return new UnverifiedActivistClaimsRule();
    }
}
