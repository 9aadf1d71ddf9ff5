package org.credence.rules.singlesource;

import org.credence.testkit.PluginJars;
import org.junit.jupiter.api.Test;

class SingleSourceNumbersPluginJarIT {

    @Test
    void theJarCarriesItsDescriptorAndExtensionIndex() throws Exception {
        PluginJars.assertLoadable(PluginJars.builtJar(), SingleSourceNumbersRule.ID, SingleSourceNumbersRule.class);
    }
}
