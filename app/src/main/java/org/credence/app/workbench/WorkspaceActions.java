package org.credence.app.workbench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.credence.app.workbench.model.Workspace;
import org.credence.app.workbench.model.WorkbenchModel;
import org.credence.app.workbench.model.WorkspaceStore;
import org.credence.app.workbench.view.MainWindow;
import org.credence.engine.io.OneLine;
import org.credence.engine.scoring.WeightsProfiles;

/**
 * The review as a file: opening a workspace (its weights, verdicts and notes, then its articles analysed again),
 * saving it atomically, autosaving, and keeping pasted text as a file so the workspace can name it. The window's
 * title names the workspace and shows when there is unsaved work.
 */
final class WorkspaceActions {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();
    private final WorkspaceStore store = new WorkspaceStore();
    private final WorkbenchModel model;
    private final MainWindow window;
    private final Dialogs dialogs;
    private final AnalysisJobs jobs;
    private final Consumer<Path> saved;
    private final Path autosaveFile;
    private Path workspaceFile;

    /**
     * @param saved        hears each workspace file written or opened, for the recent files
     * @param autosaveFile where unsaved work of a review that has no file yet is kept
     */
    WorkspaceActions(WorkbenchModel model, MainWindow window, Dialogs dialogs, AnalysisJobs jobs, Consumer<Path> saved,
                     Path autosaveFile, Path workspaceFile) {
        this.model = model;
        this.window = window;
        this.dialogs = dialogs;
        this.jobs = jobs;
        this.saved = saved;
        this.autosaveFile = autosaveFile;
        this.workspaceFile = workspaceFile;
        model.addListener(c -> updateTitle());
        updateTitle();
    }

    /** Opens a workspace file: its weights, verdicts and notes, then its articles analysed again. */
    void open(Path file) {
        try {
            Workspace ws = store.read(file);
            model.restore(ws);
            workspaceFile = file;
            jobs.open(ws.inputs().stream().map(Path::of).toList());
        } catch (IOException e) {
            dialogs.error("Cannot open the workspace", OneLine.message(e));
        }
    }

    void open() {
        Path file = dialogs.chooseWorkspace();
        if (file != null) {
            open(file);
        }
    }

    /** Rules > Load profile: a weights profile (made by `credence calibrate`, say) put in force at once. */
    void loadProfile() {
        Path file = dialogs.chooseWorkspace();
        if (file != null) {
            loadProfile(file);
        }
    }

    void loadProfile(Path file) {
        try {
            model.applyProfile(WeightsProfiles.read(file));
            window.status("Weights from " + file);
        } catch (IOException | RuntimeException e) {
            dialogs.error("Cannot load the profile " + file, OneLine.message(e));
        }
    }

    void save() {
        if (workspaceFile == null) {
            saveAs();
        } else {
            saveTo(workspaceFile);
        }
    }

    void saveAs() {
        Path file = dialogs.chooseTarget("review.credence.json");
        if (file != null) {
            workspaceFile = file;
            saveTo(file);
        }
    }

    private void saveTo(Path file) {
        try {
            store.write(model.workspace(), file);
            model.markSaved();
            saved.accept(file);
            window.status("Saved " + file);
        } catch (IOException e) {
            dialogs.error("Cannot save the workspace to " + file, OneLine.message(e));
        }
    }

    /** Saves what is unsaved now: the workspace itself when it has a file, else the side file. */
    void autosave() {
        if (!model.isDirty() || !model.hasReport()) {
            return;
        }
        try {
            // never a half-written file: the store writes atomically
            if (workspaceFile != null) {
                store.write(model.workspace(), workspaceFile);
                model.markSaved();
            } else {
                store.write(model.workspace(), autosaveFile);
            }
        } catch (IOException e) {
            window.status("Autosave failed: " + OneLine.message(e));
        }
    }

    /** Closed cleanly: there is nothing to recover next time. */
    void forgetAutosave() {
        try {
            Files.deleteIfExists(autosaveFile);
        } catch (IOException e) {
            // a stale autosave only offers an old recovery next time
        }
    }

    /**
     * Keeps a pasted article as a JSON article file (headline, outlet, date and text, as the JSON reader takes them)
     * beside the autosave, and opens it with what is open.
     */
    void pasteText() {
        Dialogs.Pasted pasted = dialogs.pastedArticle();
        if (pasted == null) {
            return;
        }
        try {
            Path dir = autosaveFile.getParent().resolve("pasted");
            Files.createDirectories(dir);
            Path file = dir.resolve("pasted-" + System.currentTimeMillis() + ".json");
            var node = JSON.createObjectNode().put("title", pasted.headline()).put("outlet", pasted.outlet())
                    .put("date", pasted.date()).put("text", pasted.text());
            Files.writeString(file, JSON.writeValueAsString(node), StandardCharsets.UTF_8);
            List<Path> all = new ArrayList<>(model.inputs().stream().map(Path::of).toList());
            all.add(file);
            jobs.open(all);
        } catch (IOException e) {
            dialogs.error("Cannot keep the pasted text", OneLine.message(e));
        }
    }

    private void updateTitle() {
        String name = workspaceFile == null ? "unsaved review" : workspaceFile.getFileName().toString();
        window.setTitle("Credence — " + name + (model.isDirty() ? " •" : ""));
    }
}
