package org.credence.engine.result;

import org.credence.api.RuleInfo;

/**
 * A loaded rule and where it came from.
 *
 * @param info          what the rule says of itself
 * @param pluginId      the PF4J plugin that holds it
 * @param pluginVersion the plugin's version
 * @param source        the plugin's jar or folder
 */
public record RuleDescriptor(RuleInfo info, String pluginId, String pluginVersion, String source) {

    public String id() {
        return info.id();
    }
}
