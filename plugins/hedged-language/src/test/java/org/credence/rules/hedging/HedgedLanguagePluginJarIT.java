package org.credence.rules.hedging;

import org.credence.testkit.PluginJars;
import org.junit.jupiter.api.Test;

class HedgedLanguagePluginJarIT {

    @Test
    void theJarCarriesItsDescriptorAndExtensionIndex() throws Exception {
        PluginJars.assertLoadable(PluginJars.builtJar(), HedgedLanguageRule.ID, HedgedLanguageRule.class);
    }
}
