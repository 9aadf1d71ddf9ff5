package org.credence.rules.headline;

import org.credence.testkit.PluginJars;
import org.junit.jupiter.api.Test;

class HeadlineSupportPluginJarIT {

    @Test
    void theJarCarriesItsDescriptorAndExtensionIndex() throws Exception {
        PluginJars.assertLoadable(PluginJars.builtJar(), HeadlineSupportRule.ID, HeadlineSupportRule.class);
    }
}
