package org.credence.app.workbench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

import javax.swing.SwingWorker;

import org.credence.app.workbench.model.WorkbenchModel;
import org.credence.app.workbench.view.MainWindow;
import org.credence.engine.io.OneLine;
import org.credence.engine.io.ReadProblem;
import org.credence.engine.io.ReadResult;
import org.credence.engine.pipeline.Engine;
import org.credence.engine.progress.ProgressListener;
import org.credence.engine.report.Report;

/**
 * The workbench's background work, one job at a time and never on the event thread: analysing what is opened (with
 * progress in the window, and cancel), and the jobs others hand it (reloading the rules).
 */
final class AnalysisJobs {

    private final EngineSession session;
    private final WorkbenchModel model;
    private final MainWindow window;
    private final Dialogs dialogs;
    private final Consumer<Path> opened;
    private final Runnable afterEach;
    private SwingWorker<?, ?> running;

    /**
     * @param opened    hears each input that was opened, for the recent files
     * @param afterEach runs on the event thread after every job, done, failed or cancelled
     */
    AnalysisJobs(EngineSession session, WorkbenchModel model, MainWindow window, Dialogs dialogs, Consumer<Path> opened,
                 Runnable afterEach) {
        this.session = session;
        this.model = model;
        this.window = window;
        this.dialogs = dialogs;
        this.opened = opened;
        this.afterEach = afterEach;
    }

    /** True while a job runs; tests wait on it. */
    boolean isBusy() {
        return running != null && !running.isDone();
    }

    void cancel() {
        if (running != null) {
            running.cancel(true);
        }
    }

    /** Starts a job; the caller has checked that none runs. */
    void start(SwingWorker<?, ?> job) {
        running = job;
        job.execute();
    }

    /** Runs after a job, on the event thread. */
    void finished() {
        window.busy(null, 0, 0);
        afterEach.run();
    }

    /**
     * File > Open: adds files and folders to those open and analyses them all together (cross-article findings
     * need the whole set), so nothing of the review in progress is dropped.
     */
    void add(List<Path> paths) {
        List<Path> all = new ArrayList<>(model.inputs().stream().map(Path::of).toList());
        for (Path p : paths) {
            Path normal = p.toAbsolutePath().normalize();
            if (!all.contains(normal)) {
                all.add(normal);
            }
        }
        open(all);
    }

    /** Analyses files and folders and shows them; verdicts already in the model are kept. */
    void open(List<Path> paths) {
        if (isBusy()) {
            dialogs.error("Still analysing", "Wait for the current analysis to finish, or cancel it.");
            return;
        }
        List<String> inputs = paths.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList();
        window.busy("reading", 0, 0);
        window.status("Analysing " + String.join(", ", inputs));
        List<ReadProblem> problems = new ArrayList<>();
        start(new SwingWorker<Report, int[]>() {
            @Override
            protected Report doInBackground() throws Exception {
                Engine e = session.engine();
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
                finished();
                try {
                    Report report = get();
                    model.load(report, inputs);
                    paths.forEach(p -> opened.accept(p.toAbsolutePath().normalize()));
                    window.status(report.corpus().size() + " articles, " + report.findings().size() + " findings"
                            + (report.failures().isEmpty() ? "" : ", " + report.failures().size() + " rule failures"));
                    if (!report.problems().isEmpty()) {
                        dialogs.problems(report.problems());
                    }
                } catch (CancellationException e) {
                    window.status("Analysis cancelled");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    window.status("Nothing was opened");
                    if (!problems.isEmpty()) {
                        dialogs.problems(problems);
                    } else {
                        dialogs.error("Cannot open " + String.join(", ", inputs), OneLine.message(e.getCause()));
                    }
                }
            }
        });
    }
}
