package org.credence.rules.activist;

import org.credence.testkit.PluginJars;
import org.junit.jupiter.api.Test;

class UnverifiedActivistClaimsPluginJarIT {

    @Test
    void theJarCarriesItsDescriptorAndExtensionIndex() throws Exception {
        PluginJars.assertLoadable(PluginJars.builtJar(), UnverifiedActivistClaimsRule.ID,
                UnverifiedActivistClaimsRule.class);
    }
}
