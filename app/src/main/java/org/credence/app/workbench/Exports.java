package org.credence.app.workbench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.credence.app.review.LabelledFindingsWriter;
import org.credence.app.review.LabelledVerdict;
import org.credence.app.workbench.export.ChartExports;
import org.credence.app.workbench.export.HtmlReportWriter;
import org.credence.app.workbench.model.WorkbenchModel;
import org.credence.app.workbench.view.MainWindow;
import org.credence.engine.export.CsvExporter;
import org.credence.engine.export.JsonReportExporter;
import org.credence.engine.io.OneLine;

/** The workbench's exports: the CSV with the reviewer's verdicts, the JSON report, the charts, the HTML page. */
final class Exports {

    private final WorkbenchModel model;
    private final MainWindow window;
    private final Dialogs dialogs;
    private final Consumer<String> status;

    Exports(WorkbenchModel model, MainWindow window, Dialogs dialogs, Consumer<String> status) {
        this.model = model;
        this.window = window;
        this.dialogs = dialogs;
        this.status = status;
    }

    void csv() {
        export("scores.csv", f -> new CsvExporter().write(model.report(), f, model.reviewColumns()));
    }

    /** The verdicts as labelled findings, the format `credence eval findings` reads. */
    void verdicts() {
        export("verdicts.jsonl", f -> new LabelledFindingsWriter().write(LabelledVerdict.of(model.workspace()),
                System.getProperty("user.name", "reviewer"), f));
    }

    void json() {
        export("report.json", f -> new JsonReportExporter().write(model.report(), f));
    }

    /** The claim scores chart and the contributions chart, beside each other. */
    void charts(boolean svg) {
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

    /** The selected article as a printable page. */
    void html() {
        model.article().ifPresent(a -> export(a.id() + ".html", f -> new HtmlReportWriter().write(model, a, f)));
    }

    private interface Export {
        void write(Path file) throws IOException;
    }

    private void export(String suggested, Export export) {
        if (!model.hasReport()) {
            dialogs.error("Nothing to export", "Open some articles first.");
            return;
        }
        Path file = dialogs.chooseTarget(suggested);
        if (file == null) {
            return;
        }
        try {
            export.write(file);
            status.accept("Exported " + file);
        } catch (IOException | RuntimeException e) {
            dialogs.error("Cannot export to " + file, OneLine.message(e));
        }
    }
}
