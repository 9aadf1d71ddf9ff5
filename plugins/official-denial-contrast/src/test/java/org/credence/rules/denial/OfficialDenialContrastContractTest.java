package org.credence.rules.denial;

import org.credence.api.CredibilityRule;
import org.credence.testkit.CredibilityRuleContract;

class OfficialDenialContrastContractTest extends CredibilityRuleContract {

    @Override
    protected CredibilityRule rule() {
        return new OfficialDenialContrastRule();
    }
}
