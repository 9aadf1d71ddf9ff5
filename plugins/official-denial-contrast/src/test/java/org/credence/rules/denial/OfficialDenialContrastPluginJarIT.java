package org.credence.rules.denial;

import org.credence.testkit.PluginJars;
import org.junit.jupiter.api.Test;

class OfficialDenialContrastPluginJarIT {

    @Test
    void theJarCarriesItsDescriptorAndExtensionIndex() throws Exception {
        PluginJars.assertLoadable(PluginJars.builtJar(), OfficialDenialContrastRule.ID, OfficialDenialContrastRule.class);
    }
}
