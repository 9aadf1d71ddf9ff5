package org.credence.testkit;

import java.util.List;

import org.credence.api.CredibilityRule;
import org.credence.api.Finding;
import org.credence.api.RuleContext;
import org.credence.api.RuleInfo;
import org.pf4j.Extension;

/** A rule that PluginJarsTest packs into jars of its own. */
@Extension
public class JarRule implements CredibilityRule {

    @Override
    public RuleInfo info() {
        return new RuleInfo("jar-rule", "Jar rule", "A rule in a jar built by a test.", 0.5, "");
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        return List.of();
    }
}
