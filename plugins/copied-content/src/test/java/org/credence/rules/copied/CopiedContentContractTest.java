package org.credence.rules.copied;

import org.credence.api.CredibilityRule;
import org.credence.testkit.CredibilityRuleContract;

class CopiedContentContractTest extends CredibilityRuleContract {

    @Override
    protected CredibilityRule rule() {
        return new CopiedContentRule();
    }
}
