package org.credence.rules.hedging;

import org.credence.api.CredibilityRule;
import org.credence.testkit.CredibilityRuleContract;

class HedgedLanguageContractTest extends CredibilityRuleContract {

    @Override
    protected CredibilityRule rule() {
        return new HedgedLanguageRule();
    }
}
