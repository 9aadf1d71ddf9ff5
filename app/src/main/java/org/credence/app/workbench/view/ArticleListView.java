package org.credence.app.workbench.view;

import java.awt.BorderLayout;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;

import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.AbstractTableModel;

import org.credence.api.AnalyzedArticle;
import org.credence.app.workbench.model.ArticleNames;
import org.credence.app.workbench.model.WorkbenchModel;
import org.credence.app.workbench.model.WorkbenchModel.Change;

/**
 * The corpus's articles: score, headline, outlet and, in its own column, the id; the tooltip names the articles
 * of the same story. Choosing one shows it.
 */
public final class ArticleListView extends JPanel {

    public static final String NAME = "articles";

    private final WorkbenchModel model;
    private final Rows rows = new Rows();
    private final JTable table;
    private boolean updating;

    public ArticleListView(WorkbenchModel model) {
        super(new BorderLayout());
        this.model = model;
        table = new JTable(rows) {
            @Override
            public String getToolTipText(MouseEvent e) {
                int row = rowAtPoint(e.getPoint());
                return row < 0 ? null : rows.tooltip(row);
            }
        };
        table.setName(NAME);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.getColumnModel().getColumn(0).setMaxWidth(50);
        table.getColumnModel().getColumn(1).setPreferredWidth(260);
        table.getColumnModel().getColumn(2).setPreferredWidth(90);
        table.getColumnModel().getColumn(3).setPreferredWidth(70);
        table.getSelectionModel().addListSelectionListener(e -> {
            int i = table.getSelectedRow();
            if (!updating && !e.getValueIsAdjusting() && i >= 0 && i < rows.articles.size()) {
                model.selectArticle(rows.articles.get(i).id());
            }
        });
        add(new JScrollPane(table), BorderLayout.CENTER);
        model.addListener(c -> {
            if (c == Change.REPORT || c == Change.SCORES || c == Change.SELECTION) {
                refresh();
            }
        });
    }

    void refresh() {
        updating = true;
        try {
            rows.articles = new ArrayList<>(model.report().corpus().articles());
            rows.fireTableDataChanged();
            for (int i = 0; i < rows.articles.size(); i++) {
                if (rows.articles.get(i).id().equals(model.selectedArticle())) {
                    table.setRowSelectionInterval(i, i);
                }
            }
        } finally {
            updating = false;
        }
    }

    /** The names shown, in order; for tests. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < rows.getRowCount(); i++) {
            out.add((String) rows.getValueAt(i, 1));
        }
        return out;
    }

    private final class Rows extends AbstractTableModel {
        private static final String[] COLUMNS = {"Score", "Headline", "Outlet", "Id"};
        private List<AnalyzedArticle> articles = List.of();

        @Override
        public int getRowCount() {
            return articles.size();
        }

        @Override
        public int getColumnCount() {
            return COLUMNS.length;
        }

        @Override
        public String getColumnName(int c) {
            return COLUMNS[c];
        }

        @Override
        public Class<?> getColumnClass(int c) {
            return c == 0 ? Long.class : String.class;
        }

        @Override
        public Object getValueAt(int row, int c) {
            AnalyzedArticle a = articles.get(row);
            return switch (c) {
                case 0 -> Math.round(model.report().scores().article(a.id()).map(s -> s.score()).orElse(Double.NaN));
                case 1 -> ArticleNames.headline(a);
                case 2 -> a.article().outlet();
                default -> a.id();
            };
        }

        String tooltip(int row) {
            AnalyzedArticle a = articles.get(row);
            String same = model.report().corpus().duplicateGroupOf(a.id())
                    .map(g -> g.articleIds().stream().filter(id -> !id.equals(a.id())).map(model::articleName)
                            .toList())
                    .map(names -> "; same story as " + String.join(", ", names)).orElse("");
            return ArticleNames.of(a) + " (" + a.id() + ")" + same;
        }
    }
}
