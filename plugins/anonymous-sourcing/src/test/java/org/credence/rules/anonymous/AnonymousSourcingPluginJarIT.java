package org.credence.rules.anonymous;

import org.credence.testkit.PluginJars;
import org.junit.jupiter.api.Test;

class AnonymousSourcingPluginJarIT {

    @Test
    void theJarCarriesItsDescriptorAndExtensionIndex() throws Exception {
        PluginJars.assertLoadable(PluginJars.builtJar(), AnonymousSourcingRule.ID, AnonymousSourcingRule.class);
    }
}
