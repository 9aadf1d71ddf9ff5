package org.credence.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.credence.engine.pipeline.Engine;
import org.credence.engine.result.RuleCatalog;
import org.credence.engine.result.PluginStatus;
import org.credence.engine.result.RuleDescriptor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `credence rules`: the rules and plugins loaded, and the plugins that failed to load. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Lists the loaded rules with their plugins, weights and signals, and any plugin that failed.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every plugin loaded", "1:some plugins failed to load (listed)", "2:the command line was wrong"})
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    EngineSetup setup;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Engine engine = Engine.open(setup.options())) {
            RuleCatalog loaded = engine.rules();
            out.printf(Locale.ROOT, "%d rules%n", loaded.descriptors().size());
            for (RuleDescriptor rule : loaded.descriptors()) {
                out.printf(Locale.ROOT, "  %-28s weight %.2f  %-30s %s@%s%n", rule.id(), rule.info().defaultWeight(),
                        rule.info().signal(), rule.pluginId(), rule.pluginVersion());
                out.println("      " + rule.info().name() + ": " + rule.info().description());
            }
            out.printf(Locale.ROOT, "%n%d plugins%n", loaded.plugins().size());
            for (PluginStatus p : loaded.plugins()) {
                out.printf(Locale.ROOT, "  %-28s %-8s %-10s %s%n", p.id(), p.version(), p.state(), p.path());
                out.println("      sha256 " + p.sha256() + (p.error().isEmpty() ? "" : "  error: " + p.error()));
            }
            new Console(spec).failures(loaded.failures());
            out.flush();
            return loaded.failures().isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL;
        }
    }
}
