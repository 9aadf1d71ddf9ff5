package org.credence.app.workbench.view;

import java.awt.BorderLayout;
import java.util.List;

import javax.swing.DefaultListModel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.table.AbstractTableModel;

import org.credence.app.workbench.model.WorkbenchModel;
import org.credence.app.workbench.model.WorkbenchModel.Change;
import org.credence.engine.result.RuleDescriptor;
import org.credence.engine.result.RuleFailure;

/**
 * The rules loaded, each with an on/off switch and an editable weight that re-score at once; below, every rule or
 * plugin failure of the last run, never hidden.
 */
public final class RulesView extends JPanel {

    public static final String TABLE = "rulesTable";
    public static final String FAILURES = "ruleFailures";

    private final WorkbenchModel model;
    private final RulesTableModel table = new RulesTableModel();
    private final DefaultListModel<String> failures = new DefaultListModel<>();

    public RulesView(WorkbenchModel model) {
        super(new BorderLayout());
        this.model = model;
        JTable t = new JTable(table);
        t.setName(TABLE);
        t.getColumnModel().getColumn(0).setMaxWidth(40);
        JList<String> f = new JList<>(failures);
        f.setName(FAILURES);
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(t), new JScrollPane(f));
        split.setResizeWeight(0.8);
        add(split, BorderLayout.CENTER);
        model.addListener(c -> {
            if (c == Change.REPORT) {
                refresh();
            } else if (c == Change.SCORES) {
                table.fireTableDataChanged();
            }
        });
    }

    void refresh() {
        table.fireTableDataChanged();
        failures.clear();
        for (RuleFailure f : model.report().failures()) {
            failures.addElement((f.ruleId().isEmpty() ? "plugin " + f.pluginId() : "rule " + f.ruleId() + " ("
                    + f.pluginId() + ")") + (f.articleId().isEmpty() ? "" : " on " + f.articleId()) + ": " + f.reason());
        }
        if (failures.isEmpty()) {
            failures.addElement("No rule or plugin failed.");
        }
    }

    private final class RulesTableModel extends AbstractTableModel {
        private final String[] columns = {"On", "Rule", "Plugin", "Weight", "Signal"};

        private List<RuleDescriptor> rules() {
            return model.hasReport() ? model.report().rules() : List.of();
        }

        @Override
        public int getRowCount() {
            return rules().size();
        }

        @Override
        public int getColumnCount() {
            return columns.length;
        }

        @Override
        public String getColumnName(int c) {
            return columns[c];
        }

        @Override
        public Class<?> getColumnClass(int c) {
            return c == 0 ? Boolean.class : c == 3 ? Double.class : String.class;
        }

        @Override
        public boolean isCellEditable(int row, int c) {
            return c == 0 || c == 3;
        }

        @Override
        public Object getValueAt(int row, int c) {
            RuleDescriptor r = rules().get(row);
            return switch (c) {
                case 0 -> model.profile().isEnabled(r.id());
                case 1 -> r.id();
                case 2 -> r.pluginId() + "@" + r.pluginVersion();
                case 3 -> model.weightOf(r);
                default -> r.info().signal();
            };
        }

        @Override
        public void setValueAt(Object value, int row, int c) {
            RuleDescriptor r = rules().get(row);
            if (c == 0) {
                model.setRuleEnabled(r.id(), (Boolean) value);
            } else if (c == 3 && value instanceof Double w) {
                model.setWeight(r.id(), Math.max(0, Math.min(1, w)));
            }
        }
    }
}
