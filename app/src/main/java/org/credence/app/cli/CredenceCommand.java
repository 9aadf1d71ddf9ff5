package org.credence.app.cli;

import java.util.concurrent.Callable;
import org.credence.engine.io.OneLine;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** `credence`: the top command; its sub-commands do the work. */
@Command(name = "credence",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Judges how far the claims in news articles can be trusted, and says why.",
        subcommands = {ScoreCommand.class, RulesCommand.class, PluginsCommand.class, WorkbenchCommand.class, EvalCommand.class,
            CalibrateCommand.class, BenchmarkCommand.class, NewRuleCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:everything was read and every rule ran",
            "1:results were written, but some inputs were unreadable or some rules failed",
            "2:the command line was wrong",
            "3:nothing could be scored or written"})
public final class CredenceCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** @return the configured command line, shared by Main and the tests */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new CredenceCommand());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            new Console(line.getErr()).error(OneLine.message(ex));
            return ExitCodes.FAILED;
        });
        return cl;
    }

    /**
     * With no command, the workbench opens: parsed by picocli as `credence workbench` with no arguments, so it gets
     * exactly the same option defaults (rule budget, threads, plugins folder) as the named command.
     */
    @Override
    public Integer call() {
        return spec.commandLine().getSubcommands().get("workbench").execute();
    }
}
