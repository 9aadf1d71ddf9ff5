package org.credence.app.workbench;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;

import javax.swing.JMenu;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.UIManager;

import org.credence.app.workbench.model.WorkbenchModel;
import org.credence.app.workbench.view.MainWindow;
import org.credence.app.workbench.view.PluginsDialog;
import org.credence.engine.pipeline.EngineOptions;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLightLaf;

/**
 * Ties the window to the model and the engine, and hands each action to the part that does that job: the engine
 * session ({@link EngineSession}), analysis and other background jobs ({@link AnalysisJobs}: never on the event
 * thread, with progress and cancel), the plugins folder ({@link PluginReloads}), the workspace file
 * ({@link WorkspaceActions}: saved atomically, autosaved every {@value #AUTOSAVE_SECONDS} seconds), exports
 * ({@link Exports}), recent files ({@link RecentFiles}), dialogs ({@link Dialogs}) and dropped files
 * ({@link FileDrop}). Errors reach the person as a dialog naming the file and the reason.
 */
public final class WorkbenchController implements MainWindow.Actions {

    static final int AUTOSAVE_SECONDS = 30;

    private final WorkbenchModel model = new WorkbenchModel();
    private final Preferences prefs;
    private final MainWindow window;
    private final Timer autosave;
    private final EngineSession session;
    private final AnalysisJobs jobs;
    private final PluginReloads plugins;
    private final WorkspaceActions workspace;
    private final Exports exports;
    private final RecentFiles recent;
    private final Dialogs dialogs;
    private boolean dark;

    /** Builds the window; call on the event thread. */
    public WorkbenchController(EngineOptions options, Preferences prefs, Path autosaveFile, Path workspaceFile) {
        this.prefs = prefs;
        dark = prefs.getBoolean("dark", false);
        recent = new RecentFiles(prefs, this::reopen);
        window = new MainWindow(model, this, prefs.node("layout"));
        dialogs = new Dialogs(window, prefs);
        // the session calls back when the plugins folder changes, and jobs when they end: both reach the plugins
        // part, which needs the jobs to exist, so they call through this controller
        session = new EngineSession(options, this::reloadRules, window::status);
        jobs = new AnalysisJobs(session, model, window, dialogs, recent::remember, this::afterJob);
        plugins = new PluginReloads(session, jobs, model, window, dialogs);
        workspace = new WorkspaceActions(model, window, dialogs, jobs, recent::remember, autosaveFile, workspaceFile);
        exports = new Exports(model, window, dialogs, window::status);
        window.setTransferHandler(new FileDrop(() -> model.inputs().stream().map(Path::of).toList(), jobs::open,
                dialogs));
        autosave = new Timer(AUTOSAVE_SECONDS * 1000, e -> autosave());
        autosave.start();
    }

    public MainWindow window() {
        return window;
    }

    public WorkbenchModel model() {
        return model;
    }

    /** Analyses files and folders and shows them; verdicts already in the model are kept. */
    public void open(List<Path> paths) {
        jobs.open(paths);
    }

    /** Opens a workspace file: its weights, verdicts and notes, then its articles analysed again. */
    public void openWorkspace(Path file) {
        workspace.open(file);
    }

    /** True while an analysis or a reload runs; tests wait on it. */
    public boolean isBusy() {
        return jobs.isBusy();
    }

    /** Loads the plugins folder again and applies its rules to the open articles, without analysing them again. */
    public void reloadRules() {
        plugins.reloadRules();
    }

    /** The plugins dialog, created on first use; for tests. */
    public PluginsDialog pluginsDialog() {
        return plugins.dialog();
    }

    /** Saves what is unsaved now, as the timer does every {@value #AUTOSAVE_SECONDS} seconds. */
    void autosave() {
        workspace.autosave();
    }

    private void afterJob() {
        plugins.afterJob();
    }

    private void reopen(Path p) {
        if (p.toString().endsWith(".credence.json")) {
            workspace.open(p);
        } else {
            jobs.open(List.of(p));
        }
    }

    // ---- the window's actions ----

    @Override
    public void open() {
        List<Path> chosen = dialogs.chooseInputs();
        if (!chosen.isEmpty()) {
            jobs.add(chosen);
        }
    }

    @Override
    public void pasteText() {
        workspace.pasteText();
    }

    @Override
    public void openWorkspace() {
        workspace.open();
    }

    @Override
    public void save() {
        workspace.save();
    }

    @Override
    public void saveAs() {
        workspace.saveAs();
    }

    @Override
    public void exportCsv() {
        exports.csv();
    }

    @Override
    public void exportJson() {
        exports.json();
    }

    @Override
    public void exportCharts(boolean svg) {
        exports.charts(svg);
    }

    @Override
    public void exportHtml() {
        exports.html();
    }

    @Override
    public void cancel() {
        jobs.cancel();
    }

    @Override
    public void managePlugins() {
        plugins.managePlugins();
    }

    @Override
    public void loadProfile() {
        workspace.loadProfile();
    }

    @Override
    public void exportVerdicts() {
        exports.verdicts();
    }

    @Override
    public JMenu recentMenu() {
        return recent.menu();
    }

    @Override
    public void toggleTheme() {
        dark = !dark;
        prefs.putBoolean("dark", dark);
        applyTheme(dark);
        SwingUtilities.updateComponentTreeUI(window);
    }

    /** Installs FlatLaf, light or dark. */
    public static void applyTheme(boolean dark) {
        if (dark) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
        UIManager.put("Component.focusWidth", 1);
    }

    @Override
    public void quit() {
        if (model.isDirty()) {
            Dialogs.SaveAnswer answer = dialogs.saveBeforeClosing();
            if (answer == Dialogs.SaveAnswer.CANCEL) {
                return;
            }
            if (answer == Dialogs.SaveAnswer.SAVE) {
                workspace.save();
                if (model.isDirty()) {
                    return;   // saving was cancelled or failed: keep the window
                }
            }
        }
        close();
    }

    /** Closes the window and releases the engine, without asking. */
    public void close() {
        autosave.stop();
        jobs.cancel();
        plugins.close();
        window.dispose();
        session.close();
        workspace.forgetAutosave();
    }
}
