package org.credence.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.credence.engine.plugins.PluginFolder;
import org.credence.engine.plugins.PluginFolderException;
import org.credence.engine.pipeline.Engine;
import org.credence.engine.result.PluginStatus;
import org.credence.engine.result.RuleCatalog;
import org.credence.engine.result.RuleDescriptor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `credence plugins`: the plugin jars and rule packs of the plugins folder, and the changes a trainer makes to it.
 * Every change is checked before it is made and leaves the folder whole when refused.
 */
@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = "Lists, installs, enables, disables and removes rule plugins (jars) and rule packs (JSON).",
        subcommands = {PluginsCommand.Install.class, PluginsCommand.Enable.class, PluginsCommand.Disable.class,
            PluginsCommand.Remove.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every plugin and pack loaded", "1:some failed to load (listed with the reason)",
            "2:the command line was wrong"})
final class PluginsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PluginsOption folder;

    /** Without a subcommand: the list, as {@code credence plugins list} would print it. */
    @Override
    public Integer call() {
        return list(folder.toManage(), spec.commandLine().getOut(), new Console(spec));
    }

    static int list(Path dir, PrintWriter out, Console console) {
        if (!Files.isDirectory(dir)) {
            console.error(dir + ": the plugins folder does not exist");
            return ExitCodes.FAILED;
        }
        RuleCatalog loaded = Engine.rulesIn(dir);
        List<PluginStatus> all = loaded.plugins();
        out.printf(Locale.ROOT, "%d plugins and rule packs in %s%n", all.size(), dir);
        out.printf(Locale.ROOT, "  %-30s %-9s %-14s %-9s %-24s %s%n", "ID", "KIND", "VERSION", "STATUS",
                "PROVIDER", "LICENCE");
        for (PluginStatus p : all) {
            out.printf(Locale.ROOT, "  %-30s %-9s %-14s %-9s %-24s %s%n", p.id(), p.kind(), blank(p.version()),
                    p.state(), blank(p.provider()), blank(p.license()));
            out.println("      file    " + p.path());
            out.println("      sha256  " + blank(p.sha256()));
            if (!p.error().isEmpty()) {
                out.println("      error   " + p.error());
            }
        }
        out.printf(Locale.ROOT, "%d rules loaded: %s%n", loaded.descriptors().size(),
                String.join(", ", loaded.descriptors().stream().map(RuleDescriptor::id).toList()));
        out.flush();
        console.failures(loaded.failures());
        return all.stream().anyMatch(p -> PluginStatus.FAILED.equals(p.state())) ? ExitCodes.PARTIAL
                : ExitCodes.OK;
    }

    private static String blank(String s) {
        return s.isEmpty() ? "-" : s;
    }

    private static int refused(CommandSpec spec, PluginFolderException e) {
        Console console = new Console(spec);
        console.error(e.getMessage());
        console.details(e.details());
        return ExitCodes.FAILED;
    }

    @Command(name = "install", mixinStandardHelpOptions = true,
            description = "Checks a plugin jar or rule pack and copies it into the plugins folder.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:installed", "2:the command line was wrong",
                "3:refused (not a plugin or valid pack, wrong plugin API, already installed); nothing changed"})
    static final class Install implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        PluginsOption folder;
        @Parameters(paramLabel = "FILE", description = "A plugin jar (.jar) or a rule pack (.json).")
        Path file;
        @Option(names = "--replace", description = "Replace an installed plugin or pack of the same id.")
        boolean replace;

        @Override
        public Integer call() {
            try {
                PluginFolder.Entry e = new PluginFolder(folder.toManage()).install(file, replace);
                spec.commandLine().getOut().printf(Locale.ROOT, "installed %s %s %s as %s%n", e.kind(), e.id(),
                        e.version(), e.file());
                spec.commandLine().getOut().flush();
                return ExitCodes.OK;
            } catch (PluginFolderException e) {
                return refused(spec, e);
            }
        }
    }

    /** What enable and disable share: the folder, the id, and the one line they print. */
    abstract static class Switch implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        PluginsOption folder;
        @Parameters(paramLabel = "ID", description = "The plugin or rule pack id, as `credence plugins` lists it.")
        String id;

        abstract boolean on();

        @Override
        public Integer call() {
            try {
                PluginFolder.Entry e = new PluginFolder(folder.toManage()).setEnabled(id, on());
                spec.commandLine().getOut().printf(Locale.ROOT, "%s %s %s%n", on() ? "enabled" : "disabled", e.kind(),
                        e.id());
                spec.commandLine().getOut().flush();
                return ExitCodes.OK;
            } catch (PluginFolderException e) {
                return refused(spec, e);
            }
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true,
            description = "Switches a plugin or rule pack back on (kept across restarts).",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:switched on", "2:the command line was wrong", "3:no such plugin or pack"})
    static final class Enable extends Switch {
        @Override
        boolean on() {
            return true;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Switches a plugin or rule pack off without removing it (kept across restarts).",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:switched off", "2:the command line was wrong", "3:no such plugin or pack"})
    static final class Disable extends Switch {
        @Override
        boolean on() {
            return false;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Deletes a plugin jar or rule pack from the plugins folder.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:removed", "2:the command line was wrong", "3:no such plugin or pack"})
    static final class Remove implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        PluginsOption folder;
        @Parameters(paramLabel = "ID", description = "The plugin or rule pack id, or its file name.")
        String id;

        @Override
        public Integer call() {
            try {
                PluginFolder.Entry e = new PluginFolder(folder.toManage()).remove(id);
                spec.commandLine().getOut().printf(Locale.ROOT, "removed %s %s (%s)%n", e.kind(), e.id(), e.file());
                spec.commandLine().getOut().flush();
                return ExitCodes.OK;
            } catch (PluginFolderException e) {
                return refused(spec, e);
            }
        }
    }
}
