package org.credence.rules.copied;

import org.credence.testkit.PluginJars;
import org.junit.jupiter.api.Test;

class CopiedContentPluginJarIT {

    @Test
    void theJarCarriesItsDescriptorAndExtensionIndex() throws Exception {
        PluginJars.assertLoadable(PluginJars.builtJar(), CopiedContentRule.ID, CopiedContentRule.class);
    }
}
