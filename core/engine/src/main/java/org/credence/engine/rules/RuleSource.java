package org.credence.engine.rules;

/**
 * A place rules come from: plugin jars, plugin module folders in development, rule packs, rules given in-process.
 * A source never throws: what it cannot load becomes a failed {@link org.credence.engine.result.PluginStatus} and
 * a {@link org.credence.engine.result.RuleFailure} in the registry, and the other sources go on.
 */
public interface RuleSource {

    /**
     * Adds the source's plugins, rules and failures to the registry.
     *
     * @return what unloads what was loaded (stops PF4J plugins), run when the loaded rules are closed
     */
    Runnable load(RuleRegistry registry);
}
