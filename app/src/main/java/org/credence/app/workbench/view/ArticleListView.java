package org.credence.app.workbench.view;

import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.swing.DefaultListModel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;

import org.credence.api.AnalyzedArticle;
import org.credence.app.workbench.model.WorkbenchModel;
import org.credence.app.workbench.model.WorkbenchModel.Change;

/** The corpus's articles with their scores and near-duplicate groups; choosing one shows it. */
public final class ArticleListView extends JPanel {

    public static final String NAME = "articles";

    private final WorkbenchModel model;
    private final DefaultListModel<String> items = new DefaultListModel<>();
    private final JList<String> list = new JList<>(items);
    private final List<String> ids = new ArrayList<>();
    private boolean updating;

    public ArticleListView(WorkbenchModel model) {
        super(new BorderLayout());
        this.model = model;
        list.setName(NAME);
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.addListSelectionListener(e -> {
            int i = list.getSelectedIndex();
            if (!updating && !e.getValueIsAdjusting() && i >= 0 && i < ids.size()) {
                model.selectArticle(ids.get(i));
            }
        });
        add(new JScrollPane(list), BorderLayout.CENTER);
        model.addListener(c -> {
            if (c == Change.REPORT || c == Change.SCORES || c == Change.SELECTION) {
                refresh();
            }
        });
    }

    void refresh() {
        updating = true;
        try {
            items.clear();
            ids.clear();
            var report = model.report();
            for (AnalyzedArticle a : report.corpus().articles()) {
                double score = report.scores().article(a.id()).map(s -> s.score()).orElse(Double.NaN);
                String group = report.corpus().duplicateGroupOf(a.id()).map(g -> "  [same story as " + String.join(", ", g.articleIds().stream().filter(id -> !id.equals(a.id())).toList()) + "]").orElse("");
                String outlet = a.article().outlet().isBlank() ? "" : " (" + a.article().outlet() + ")";
                items.addElement(String.format(Locale.ROOT, "%3.0f  %s%s%s", score, a.id(), outlet, group));
                ids.add(a.id());
            }
            int selected = ids.indexOf(model.selectedArticle());
            if (selected >= 0) {
                list.setSelectedIndex(selected);
            }
        } finally {
            updating = false;
        }
    }
}
