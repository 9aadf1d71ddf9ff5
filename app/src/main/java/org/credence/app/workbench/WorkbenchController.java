package org.credence.app.workbench;

import java.awt.datatransfer.DataFlavor;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.prefs.Preferences;

import javax.swing.JFileChooser;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;
import javax.swing.Timer;
import javax.swing.TransferHandler;
import javax.swing.UIManager;

import org.credence.app.workbench.export.ChartExports;
import org.credence.app.workbench.export.HtmlReportWriter;
import org.credence.app.workbench.model.Workspace;
import org.credence.app.workbench.model.WorkspaceStore;
import org.credence.app.workbench.model.WorkbenchModel;
import org.credence.app.workbench.view.MainWindow;
import org.credence.app.workbench.view.PluginsDialog;
import org.credence.engine.export.CsvExporter;
import org.credence.engine.export.JsonReportExporter;
import org.credence.engine.io.ReadProblem;
import org.credence.engine.io.ReadResult;
import org.credence.engine.pipeline.Engine;
import org.credence.engine.pipeline.EngineOptions;
import org.credence.engine.progress.ProgressListener;
import org.credence.engine.plugins.PluginFolder;
import org.credence.engine.plugins.PluginFolderException;
import org.credence.engine.plugins.PluginFolderWatcher;
import org.credence.engine.result.PluginStatus;
import org.credence.engine.report.Report;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLightLaf;

/**
 * Ties the window to the model and the engine: opening and analysing (always off the event thread, with progress
 * and cancel), saving workspaces atomically and every {@value #AUTOSAVE_SECONDS} seconds, exporting, and asking
 * before unsaved work is closed. Errors reach the person as a dialog naming the file and the reason.
 *
 * <p>The plugins folder is watched: when a rule pack or plugin there is added, edited, switched or removed (by hand,
 * by {@code credence plugins}, or from the plugins dialog), the rules are loaded again and applied to the open
 * articles without analysing them again; verdicts stay.
 */
public final class WorkbenchController implements MainWindow.Actions {

    static final int AUTOSAVE_SECONDS = 30;
    private static final int RECENT = 8;

    private final WorkbenchModel model = new WorkbenchModel();
    private final WorkspaceStore store = new WorkspaceStore();
    private final EngineOptions options;
    private final Preferences prefs;
    private final Path autosaveFile;
    private final MainWindow window;
    private final JMenu recent = new JMenu("Open recent");
    private final Timer autosave;
    private Engine engine;
    private Path workspaceFile;
    private SwingWorker<Report, int[]> running;
    private boolean dark;
    private boolean reloadPending;
    private PluginFolderWatcher watcher;
    private PluginsDialog pluginsDialog;

    /** Builds the window; call on the event thread. */
    public WorkbenchController(EngineOptions options, Preferences prefs, Path autosaveFile, Path workspaceFile) {
        this.options = options;
        this.prefs = prefs;
        this.autosaveFile = autosaveFile;
        this.workspaceFile = workspaceFile;
        recent.setName("recentMenu");
        dark = prefs.getBoolean("dark", false);
        window = new MainWindow(model, this, prefs.node("layout"));
        window.setTransferHandler(new FileDrop());
        model.addListener(c -> updateTitle());
        autosave = new Timer(AUTOSAVE_SECONDS * 1000, e -> autosave());
        autosave.start();
        refreshRecent();
        updateTitle();
    }

    public MainWindow window() {
        return window;
    }

    public WorkbenchModel model() {
        return model;
    }

    /** Analyses files and folders and shows them; verdicts already in the model are kept. */
    public void open(List<Path> paths) {
        if (running != null && !running.isDone()) {
            error("Still analysing", "Wait for the current analysis to finish, or cancel it.");
            return;
        }
        List<String> inputs = paths.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList();
        window.busy("reading", 0, 0);
        window.status("Analysing " + String.join(", ", inputs));
        List<ReadProblem> problems = new ArrayList<>();
        running = new SwingWorker<>() {
            @Override
            protected Report doInBackground() throws Exception {
                Engine e = engine();
                ReadResult read = e.read(paths);
                problems.addAll(read.problems());
                if (read.articles().isEmpty()) {
                    throw new IOException("no article could be read");
                }
                return e.score(read.articles(), read.problems(), model.profile(), new ProgressListener() {
                    @Override
                    public void progress(Stage stage, int done, int total) {
                        publish(new int[] {stage.ordinal(), done, total});
                    }
                });
            }

            @Override
            protected void process(List<int[]> chunks) {
                int[] last = chunks.get(chunks.size() - 1);
                window.busy(ProgressListener.Stage.values()[last[0]].label(), last[1], last[2]);
            }

            @Override
            protected void done() {
                window.busy(null, 0, 0);
                SwingUtilities.invokeLater(WorkbenchController.this::reloadIfPending);
                try {
                    Report report = get();
                    model.load(report, inputs);
                    paths.forEach(p -> remember(p.toAbsolutePath().normalize()));
                    window.status(report.corpus().size() + " articles, " + report.findings().size() + " findings"
                            + (report.failures().isEmpty() ? "" : ", " + report.failures().size() + " rule failures"));
                    if (!report.problems().isEmpty()) {
                        problemsDialog(report.problems());
                    }
                    showPlugins();
                } catch (CancellationException e) {
                    window.status("Analysis cancelled");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    showPlugins();
                    window.status("Nothing was opened");
                    if (!problems.isEmpty()) {
                        problemsDialog(problems);
                    } else {
                        error("Cannot open " + String.join(", ", inputs), oneLine(e.getCause()));
                    }
                }
            }
        };
        running.execute();
    }

    /** Opens a workspace file: its weights, verdicts and notes, then its articles analysed again. */
    public void openWorkspace(Path file) {
        try {
            Workspace ws = store.read(file);
            model.restore(ws);
            workspaceFile = file;
            open(ws.inputs().stream().map(Path::of).toList());
        } catch (IOException e) {
            error("Cannot open the workspace", oneLine(e));
        }
    }

    /** True while an analysis runs; tests wait on it. */
    public boolean isBusy() {
        return running != null && !running.isDone();
    }

    private synchronized Engine engine() {
        if (engine == null) {
            engine = Engine.open(options);   // loads models and plugins: seconds, so never on the event thread
            Path dir = options.pluginsDir();
            if (dir != null && Files.isDirectory(dir)) {
                try {
                    watcher = new PluginFolderWatcher(dir, java.time.Duration.ofMillis(400),
                            () -> SwingUtilities.invokeLater(this::reloadRules));
                } catch (IOException e) {
                    SwingUtilities.invokeLater(() -> window.status("Not watching " + dir + " for new rule packs: "
                            + oneLine(e)));
                }
            }
        }
        return engine;
    }

    // ---- plugins and rule packs ----

    /** Loads the plugins folder again and applies its rules to the open articles, without analysing them again. */
    public void reloadRules() {
        if (isBusy()) {
            reloadPending = true;   // after the analysis under way
            return;
        }
        Report shown = model.hasReport() ? model.report() : null;
        var profile = model.profile();
        List<String> inputs = model.inputs();
        window.busy("loading rules", 0, 0);
        running = new SwingWorker<>() {
            @Override
            protected Report doInBackground() throws Exception {
                boolean fresh;
                Engine e;
                synchronized (WorkbenchController.this) {
                    fresh = engine == null;
                    e = engine();
                }
                if (!fresh) {
                    e.reloadRules();   // a new engine has just loaded them
                }
                return shown == null ? null : e.rerunRules(shown, profile);
            }

            @Override
            protected void done() {
                window.busy(null, 0, 0);
                SwingUtilities.invokeLater(WorkbenchController.this::reloadIfPending);
                try {
                    Report report = get();
                    if (report != null) {
                        model.load(report, inputs);
                    }
                    int failed = (int) engine.rules().plugins().stream()
                            .filter(p -> PluginStatus.FAILED.equals(p.state())).count();
                    window.status("Rules reloaded: " + engine.rules().descriptors().size() + " rules"
                            + (failed == 0 ? "" : ", " + failed + " plugins or packs failed to load (Tools > Plugins)"));
                    showPlugins();
                } catch (CancellationException e) {
                    window.status("Reloading the rules was cancelled");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    error("Cannot reload the rules", oneLine(e.getCause()));
                }
            }
        };
        running.execute();
    }

    private void reloadIfPending() {
        if (reloadPending && !isBusy()) {
            reloadPending = false;
            reloadRules();
        }
    }

    /** Refreshes the plugins dialog, if it was opened, from the engine's rules. */
    private void showPlugins() {
        if (pluginsDialog != null && engine != null) {
            pluginsDialog.show(engine.rules().plugins());
        }
    }

    /** The plugins dialog, created on first use; for tests. */
    public PluginsDialog pluginsDialog() {
        return pluginsDialog;
    }

    @Override
    public void managePlugins() {
        Path dir = options.pluginsDir();
        if (dir == null) {
            error("No plugins folder", "This workbench was started without a plugins folder (--plugins DIR), so there"
                    + " is nothing to manage.");
            return;
        }
        if (pluginsDialog == null) {
            pluginsDialog = new PluginsDialog(window, dir, new PluginsDialog.Actions() {
                @Override
                public void install(Path file) {
                    installFile(file, false);
                }

                @Override
                public void setEnabled(String id, boolean enabled) {
                    change((enabled ? "Enabling " : "Disabling ") + id, f -> f.setEnabled(id, enabled));
                }

                @Override
                public void remove(String id) {
                    if (confirm("Remove " + id + "?", "Its file will be deleted from " + dir + ".")) {
                        change("Removing " + id, f -> f.remove(id));
                    }
                }
            });
        }
        pluginsDialog.setVisible(true);
        if (engine != null) {
            showPlugins();
        } else {
            reloadRules();   // loads the engine off the event thread, then fills the dialog
        }
    }

    private void installFile(Path file, boolean replace) {
        change("Installing " + file.getFileName(), f -> f.install(file, replace), refusal -> {
            if (refusal.replaceable() && !replace && confirm("Replace the installed one?",
                    refusal.getMessage().replace("; use --replace to replace it", "."))) {
                installFile(file, true);
            } else {
                refused("Installing " + file.getFileName(), refusal);
            }
        });
    }

    /** A change to the plugins folder. */
    private interface FolderChange {
        void apply(PluginFolder folder) throws PluginFolderException;
    }

    private void change(String what, FolderChange change) {
        change(what, change, refusal -> refused(what, refusal));
    }

    /** Makes the change off the event thread (it reads every pack and jar), then reloads the rules. */
    private void change(String what, FolderChange change, java.util.function.Consumer<PluginFolderException> onRefused) {
        Path dir = options.pluginsDir();
        window.status(what + "…");
        new SwingWorker<Void, Void>() {
            @Override
            protected Void doInBackground() throws PluginFolderException {
                change.apply(new PluginFolder(dir));
                return null;
            }

            @Override
            protected void done() {
                try {
                    get();
                    window.status(what + ": done");
                    reloadRules();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof PluginFolderException refusal) {
                        onRefused.accept(refusal);
                    } else {
                        error(what + " failed", oneLine(e.getCause()));
                    }
                }
            }
        }.execute();
    }

    private void refused(String what, PluginFolderException e) {
        String details = String.join("\n", e.details());
        error(what + " was refused", e.getMessage() + (details.isEmpty() ? "" : "\n\n" + details));
    }

    private boolean confirm(String title, String message) {
        return JOptionPane.showConfirmDialog(pluginsDialog != null && pluginsDialog.isVisible() ? pluginsDialog : window,
                message, title, JOptionPane.OK_CANCEL_OPTION, JOptionPane.QUESTION_MESSAGE) == JOptionPane.OK_OPTION;
    }

    // ---- actions ----

    @Override
    public void open() {
        JFileChooser chooser = new JFileChooser(prefs.get("lastDir", null));
        chooser.setFileSelectionMode(JFileChooser.FILES_AND_DIRECTORIES);
        chooser.setMultiSelectionEnabled(true);
        if (chooser.showOpenDialog(window) == JFileChooser.APPROVE_OPTION) {
            prefs.put("lastDir", chooser.getCurrentDirectory().toString());
            open(List.of(chooser.getSelectedFiles()).stream().map(File::toPath).toList());
        }
    }

    @Override
    public void pasteText() {
        JTextArea area = new JTextArea(20, 70);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        int answer = JOptionPane.showConfirmDialog(window, new JScrollPane(area),
                "Paste an article (a short first line followed by a blank line is its title)",
                JOptionPane.OK_CANCEL_OPTION, JOptionPane.PLAIN_MESSAGE);
        if (answer != JOptionPane.OK_OPTION || area.getText().isBlank()) {
            return;
        }
        try {
            Path dir = autosaveFile.getParent().resolve("pasted");
            Files.createDirectories(dir);
            Path file = dir.resolve("pasted-" + System.currentTimeMillis() + ".txt");
            Files.writeString(file, area.getText(), StandardCharsets.UTF_8);
            List<Path> all = new ArrayList<>(model.inputs().stream().map(Path::of).toList());
            all.add(file);
            open(all);
        } catch (IOException e) {
            error("Cannot keep the pasted text", oneLine(e));
        }
    }

    @Override
    public void openWorkspace() {
        JFileChooser chooser = new JFileChooser(prefs.get("lastDir", null));
        if (chooser.showOpenDialog(window) == JFileChooser.APPROVE_OPTION) {
            openWorkspace(chooser.getSelectedFile().toPath());
        }
    }

    @Override
    public void save() {
        if (workspaceFile == null) {
            saveAs();
        } else {
            saveTo(workspaceFile);
        }
    }

    @Override
    public void saveAs() {
        Path file = chooseTarget("review.credence.json");
        if (file != null) {
            workspaceFile = file;
            saveTo(file);
        }
    }

    private boolean saveTo(Path file) {
        try {
            store.write(model.workspace(), file);
            model.markSaved();
            remember(file);
            window.status("Saved " + file);
            return true;
        } catch (IOException e) {
            error("Cannot save the workspace to " + file, oneLine(e));
            return false;
        }
    }

    /** Saves what is unsaved now, as the timer does every {@value #AUTOSAVE_SECONDS} seconds. */
    void autosave() {
        if (!model.isDirty() || !model.hasReport()) {
            return;
        }
        try {
            // the workspace itself when it has a file, else a side file; never a half-written one (atomic writes)
            if (workspaceFile != null) {
                store.write(model.workspace(), workspaceFile);
                model.markSaved();
            } else {
                store.write(model.workspace(), autosaveFile);
            }
        } catch (IOException e) {
            window.status("Autosave failed: " + oneLine(e));
        }
    }

    @Override
    public void exportCsv() {
        export("scores.csv", f -> new CsvExporter().write(model.report(), f, model.reviewColumns()));
    }

    @Override
    public void exportJson() {
        export("report.json", f -> new JsonReportExporter().write(model.report(), f));
    }

    @Override
    public void exportCharts(boolean svg) {
        String ext = svg ? ".svg" : ".png";
        export("claim-scores" + ext, f -> {
            Path contributions = f.resolveSibling(f.getFileName().toString().replace(ext, "") + "-contributions" + ext);
            if (svg) {
                ChartExports.svg(window.scoreChart().chart(), f);
                ChartExports.svg(window.contributionChart().chart(), contributions);
            } else {
                ChartExports.png(window.scoreChart().chart(), f);
                ChartExports.png(window.contributionChart().chart(), contributions);
            }
        });
    }

    @Override
    public void exportHtml() {
        model.article().ifPresent(a -> export(a.id() + ".html", f -> new HtmlReportWriter().write(model, a, f)));
    }

    private interface Export {
        void write(Path file) throws IOException;
    }

    private void export(String suggested, Export export) {
        if (!model.hasReport()) {
            error("Nothing to export", "Open some articles first.");
            return;
        }
        Path file = chooseTarget(suggested);
        if (file == null) {
            return;
        }
        try {
            export.write(file);
            window.status("Exported " + file);
        } catch (IOException | RuntimeException e) {
            error("Cannot export to " + file, oneLine(e));
        }
    }

    private Path chooseTarget(String suggested) {
        JFileChooser chooser = new JFileChooser(prefs.get("lastDir", null));
        chooser.setSelectedFile(new File(chooser.getCurrentDirectory(), suggested));
        if (chooser.showSaveDialog(window) != JFileChooser.APPROVE_OPTION) {
            return null;
        }
        prefs.put("lastDir", chooser.getCurrentDirectory().toString());
        return chooser.getSelectedFile().toPath();
    }

    @Override
    public void cancel() {
        if (running != null) {
            running.cancel(true);
        }
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
            int answer = JOptionPane.showConfirmDialog(window, "Save your review before closing?", "Unsaved work",
                    JOptionPane.YES_NO_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE);
            if (answer == JOptionPane.CANCEL_OPTION || answer == JOptionPane.CLOSED_OPTION) {
                return;
            }
            if (answer == JOptionPane.YES_OPTION) {
                save();
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
        cancel();
        if (watcher != null) {
            watcher.close();
        }
        if (pluginsDialog != null) {
            pluginsDialog.dispose();
        }
        window.dispose();
        if (engine != null) {
            engine.close();
        }
        try {
            Files.deleteIfExists(autosaveFile);   // closed cleanly: nothing to recover
        } catch (IOException e) {
            // a stale autosave only offers an old recovery next time
        }
    }

    @Override
    public JMenu recentMenu() {
        return recent;
    }

    private void remember(Path p) {
        List<String> list = new ArrayList<>(List.of(prefs.get("recent", "").split("\n")));
        list.removeIf(s -> s.isBlank() || s.equals(p.toString()));
        list.add(0, p.toString());
        prefs.put("recent", String.join("\n", list.subList(0, Math.min(RECENT, list.size()))));
        refreshRecent();
    }

    private void refreshRecent() {
        recent.removeAll();
        for (String s : prefs.get("recent", "").split("\n")) {
            if (s.isBlank()) {
                continue;
            }
            JMenuItem item = new JMenuItem(s);
            item.addActionListener(e -> {
                Path p = Path.of(s);
                if (s.endsWith(".credence.json")) {
                    openWorkspace(p);
                } else {
                    open(List.of(p));
                }
            });
            recent.add(item);
        }
        recent.setEnabled(recent.getItemCount() > 0);
    }

    private void updateTitle() {
        String name = workspaceFile == null ? "unsaved review" : workspaceFile.getFileName().toString();
        window.setTitle("Credence — " + name + (model.isDirty() ? " •" : ""));
    }

    private void problemsDialog(List<ReadProblem> problems) {
        StringBuilder text = new StringBuilder();
        problems.forEach(p -> text.append(p).append('\n'));
        JTextArea area = new JTextArea(text.toString(), Math.min(12, problems.size() + 1), 80);
        area.setEditable(false);
        JOptionPane.showMessageDialog(window, new JScrollPane(area), problems.size() + " input(s) could not be read",
                JOptionPane.WARNING_MESSAGE);
    }

    private void error(String title, String message) {
        JOptionPane.showMessageDialog(window, message, title, JOptionPane.ERROR_MESSAGE);
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    /** Files and folders dropped on the window are opened beside what is already open. */
    private final class FileDrop extends TransferHandler {
        @Override
        public boolean canImport(TransferSupport support) {
            return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor);
        }

        @Override
        @SuppressWarnings("unchecked")
        public boolean importData(TransferSupport support) {
            try {
                List<File> files = (List<File>) support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor);
                List<Path> all = new ArrayList<>(model.inputs().stream().map(Path::of).toList());
                files.forEach(f -> all.add(f.toPath()));
                open(all);
                return true;
            } catch (Exception e) {
                error("Cannot open what was dropped", oneLine(e));
                return false;
            }
        }
    }
}
