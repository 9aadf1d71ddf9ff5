package org.credence.app.workbench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;

import org.credence.app.workbench.model.WorkbenchModel;
import org.credence.app.workbench.view.MainWindow;
import org.credence.app.workbench.view.PluginsDialog;
import org.credence.engine.io.OneLine;
import org.credence.engine.pipeline.Engine;
import org.credence.engine.plugins.PluginFolder;
import org.credence.engine.plugins.PluginFolderException;
import org.credence.engine.report.Report;
import org.credence.engine.result.RuleCatalog;
import org.credence.engine.scoring.WeightsProfile;

/**
 * The plugins folder from the workbench: the plugins dialog (install, switch, remove), and loading the rules again
 * when the folder changes, applied to the open articles without analysing them again; verdicts stay.
 */
final class PluginReloads {

    private final EngineSession session;
    private final AnalysisJobs jobs;
    private final WorkbenchModel model;
    private final MainWindow window;
    private final Dialogs dialogs;
    private boolean pending;
    private PluginsDialog pluginsDialog;

    PluginReloads(EngineSession session, AnalysisJobs jobs, WorkbenchModel model, MainWindow window, Dialogs dialogs) {
        this.session = session;
        this.jobs = jobs;
        this.model = model;
        this.window = window;
        this.dialogs = dialogs;
    }

    /** Loads the plugins folder again and applies its rules to the open articles; after the job under way, if any. */
    void reloadRules() {
        if (jobs.isBusy()) {
            pending = true;
            return;
        }
        Report shown = model.hasReport() ? model.report() : null;
        WeightsProfile profile = model.profile();
        List<String> inputs = model.inputs();
        window.busy("loading rules", 0, 0);
        jobs.start(new SwingWorker<Report, Void>() {
            @Override
            protected Report doInBackground() throws Exception {
                Engine e = session.withFreshRules();
                return shown == null ? null : e.rerunRules(shown, profile);
            }

            @Override
            protected void done() {
                jobs.finished();
                try {
                    Report report = get();
                    if (report != null) {
                        model.load(report, inputs);
                    }
                    RuleCatalog rules = session.engine().rules();
                    int failed = rules.failedPlugins().size();
                    window.status("Rules reloaded: " + rules.descriptors().size() + " rules"
                            + (failed == 0 ? "" : ", " + failed + " plugins or packs failed to load (Tools > Plugins)"));
                } catch (CancellationException e) {
                    window.status("Reloading the rules was cancelled");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    dialogs.error("Cannot reload the rules", OneLine.message(e.getCause()));
                }
            }
        });
    }

    /** After every job: a reload asked for meanwhile runs now, and the plugins dialog shows the rules loaded. */
    void afterJob() {
        SwingUtilities.invokeLater(() -> {
            if (pending && !jobs.isBusy()) {
                pending = false;
                reloadRules();
            }
        });
        showPlugins();
    }

    /** The plugins dialog, created on first use; for tests. */
    PluginsDialog dialog() {
        return pluginsDialog;
    }

    void managePlugins() {
        Path dir = session.managedFolder();
        if (dir == null) {
            dialogs.error("No plugins folder", "This workbench was started without a plugins folder (--plugins DIR), so"
                    + " there is nothing to manage.");
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
                public void openFolder() {
                    PluginReloads.this.openFolder(dir);
                }

                @Override
                public void newPackFromTemplate(String name) {
                    newPack(dir, name);
                }

                @Override
                public void remove(String id) {
                    if (dialogs.confirm(pluginsDialog, "Remove " + id + "?", "Its file will be deleted from " + dir + ".")) {
                        change("Removing " + id, f -> f.remove(id));
                    }
                }
            });
        }
        pluginsDialog.setVisible(true);
        if (session.ifOpen().isPresent()) {
            showPlugins();
        } else {
            reloadRules();   // loads the engine off the event thread, then fills the dialog
        }
    }

    /** Shows the folder in the desktop's file manager, or says where it is where there is none. */
    private void openFolder(Path dir) {
        try {
            if (java.awt.Desktop.isDesktopSupported()
                    && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
                java.awt.Desktop.getDesktop().open(dir.toFile());
                return;
            }
        } catch (java.io.IOException | RuntimeException e) {
            // no file manager to hand it to: say where the folder is instead
        }
        javax.swing.JOptionPane.showMessageDialog(pluginsDialog, "The plugins folder is\n" + dir.toAbsolutePath(),
                "Plugins folder", javax.swing.JOptionPane.INFORMATION_MESSAGE);
    }

    /** Writes a pack made from the template to a temporary file and installs it, as Install… would. */
    private void newPack(Path dir, String name) {
        try {
            String id = PackTemplate.idOf(name);
            if (java.nio.file.Files.exists(dir.resolve(id + ".json"))) {
                dialogs.error("A pack " + id + " exists", dir.resolve(id + ".json") + " is there already; choose "
                        + "another name.");
                return;
            }
            Path temp = java.nio.file.Files.createTempDirectory("credence-pack").resolve(id + ".json");
            java.nio.file.Files.writeString(temp, PackTemplate.text(name));
            installFile(temp, false);
            window.status("New pack " + id + ": edit " + dir.resolve(id + ".json") + "; it is applied when saved");
        } catch (java.io.IOException | IllegalArgumentException e) {
            dialogs.error("Cannot make the pack " + name, OneLine.message(e));
        }
    }

    void close() {
        if (pluginsDialog != null) {
            pluginsDialog.dispose();
        }
    }

    private void showPlugins() {
        if (pluginsDialog != null) {
            session.ifOpen().ifPresent(e -> pluginsDialog.show(e.rules().plugins()));
        }
    }

    private void installFile(Path file, boolean replace) {
        change("Installing " + file.getFileName(), f -> f.install(file, replace), refusal -> {
            if (refusal.replaceable() && !replace && dialogs.confirm(pluginsDialog, "Replace the installed one?",
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
    private void change(String what, FolderChange change, Consumer<PluginFolderException> onRefused) {
        Path dir = session.managedFolder();
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
                        dialogs.error(what + " failed", OneLine.message(e.getCause()));
                    }
                }
            }
        }.execute();
    }

    private void refused(String what, PluginFolderException e) {
        String details = String.join("\n", e.details());
        dialogs.error(what + " was refused", e.getMessage() + (details.isEmpty() ? "" : "\n\n" + details));
    }
}
