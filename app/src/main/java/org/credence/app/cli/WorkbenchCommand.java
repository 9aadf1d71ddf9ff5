package org.credence.app.cli;

import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.prefs.Preferences;

import javax.swing.SwingUtilities;

import org.credence.app.workbench.WorkbenchController;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `credence workbench` (and `credence` with no command): the reviewer's desktop workbench. With no paths it
 * recovers an unsaved review left by a crash, else opens the bundled example story.
 */
@Command(name = "workbench", mixinStandardHelpOptions = true,
        description = "Opens the reviewer's workbench (the default when credence is run without a command).")
final class WorkbenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Articles to open.")
    List<Path> paths = List.of();

    @Option(names = "--workspace", paramLabel = "FILE", description = "A saved review (.credence.json) to open.")
    Path workspace;

    @Mixin
    EngineSetup setup = new EngineSetup();

    @Override
    public Integer call() throws Exception {
        if (GraphicsEnvironment.isHeadless()) {
            new Console(spec).error("no display to open the workbench on; "
                    + "use `credence score PATH...` for the command line, or `credence --help`");
            return ExitCodes.USAGE;
        }
        Path configDir = ConfigFolder.path();
        Files.createDirectories(configDir);
        Path autosave = configDir.resolve("autosave.credence.json");
        SwingUtilities.invokeAndWait(() -> {
            Preferences prefs = Preferences.userRoot().node("org/credence/workbench");
            WorkbenchController.applyTheme(prefs.getBoolean("dark", false));
            WorkbenchController c = new WorkbenchController(setup.options(), prefs, autosave,
                    workspace == null || !Files.exists(workspace) ? null : workspace);
            c.window().setVisible(true);
            if (workspace != null && Files.exists(workspace)) {
                c.openWorkspace(workspace);
            } else if (!paths.isEmpty()) {
                c.open(paths);
            } else if (Files.exists(autosave)) {
                c.openWorkspace(autosave);   // the last session ended without closing: recover its review
            } else {
                c.open(List.of(exampleStory()));
            }
        });
        return ExitCodes.OK;   // the window's own thread keeps the application running
    }

    static Path exampleStory() {
        String home = System.getProperty("credence.home");
        Path installed = home == null ? null : Path.of(home, "examples", "copper-belt");
        return installed != null && Files.isDirectory(installed) ? installed : Path.of("examples", "copper-belt");
    }
}
