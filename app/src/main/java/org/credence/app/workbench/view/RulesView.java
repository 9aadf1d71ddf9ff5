package org.credence.app.workbench.view;

import java.awt.BorderLayout;
import java.awt.Toolkit;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.Locale;

import javax.swing.DefaultListModel;
import javax.swing.JDialog;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.table.AbstractTableModel;

import org.credence.api.Claim;
import org.credence.app.workbench.model.WorkbenchModel;
import org.credence.app.workbench.model.WorkbenchModel.Change;
import org.credence.engine.result.RuleDescriptor;
import org.credence.engine.result.RuleFailure;

/**
 * The rules loaded, each with an on/off switch and an editable weight (0 to 1; anything else is refused with a beep)
 * that re-score at once, and how often the reviewer agreed with its findings in this review; each row's tooltip is
 * the rule's description, and a double click lists the claims it fired on. Below, every rule or plugin failure of
 * the last run, never hidden.
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
        JTable t = new JTable(table) {
            @Override
            public String getToolTipText(MouseEvent e) {
                int row = rowAtPoint(e.getPoint());
                return row < 0 ? null : table.tooltip(convertRowIndexToModel(row));
            }
        };
        t.setName(TABLE);
        t.getColumnModel().getColumn(0).setMaxWidth(40);
        t.getColumnModel().getColumn(1).setPreferredWidth(170);
        t.getColumnModel().getColumn(3).setMaxWidth(60);
        t.getColumnModel().getColumn(4).setPreferredWidth(70);
        t.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                int row = t.rowAtPoint(e.getPoint());
                if (e.getClickCount() == 2 && row >= 0 && t.columnAtPoint(e.getPoint()) != 0
                        && t.columnAtPoint(e.getPoint()) != 3) {
                    showClaimsOf(table.rules().get(t.convertRowIndexToModel(row)).id());
                }
            }
        });
        JList<String> f = new JList<>(failures) {
            @Override
            public String getToolTipText(MouseEvent e) {
                int i = locationToIndex(e.getPoint());
                return i < 0 ? null : failures.get(i);   // the whole problem, however long
            }
        };
        f.setName(FAILURES);
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(t), new JScrollPane(f));
        split.setResizeWeight(0.8);
        add(split, BorderLayout.CENTER);
        model.addListener(c -> {
            if (c == Change.REPORT) {
                refresh();
            } else if (c == Change.SCORES || c == Change.REVIEW) {
                table.fireTableDataChanged();
            }
        });
    }

    /** A list of the claims a rule fired on; choosing one selects it in the window. */
    void showClaimsOf(String ruleId) {
        List<Claim> claims = model.claimsFiredOn(ruleId);
        DefaultListModel<String> items = new DefaultListModel<>();
        for (Claim c : claims) {
            String text = model.report().corpus().article(c.articleId()).map(a -> a.text(c.span())).orElse("")
                    .replaceAll("\\s+", " ").strip();
            items.addElement(String.format(Locale.ROOT, "%3.0f  %s — %s", model.shownScore(c.id()),
                    model.articleName(c.articleId()), text.length() > 140 ? text.substring(0, 139) + "…" : text));
        }
        JList<String> list = new JList<>(items);
        list.setName("claimsOfRule");
        list.addListSelectionListener(e -> {
            int i = list.getSelectedIndex();
            if (!e.getValueIsAdjusting() && i >= 0) {
                model.selectClaim(claims.get(i).id());
            }
        });
        JDialog dialog = new JDialog(javax.swing.SwingUtilities.getWindowAncestor(this),
                "Claims " + ruleId + " fired on (" + claims.size() + ")");
        dialog.setName("claimsOfRuleDialog");
        dialog.add(new JScrollPane(list));
        dialog.setSize(760, 360);
        dialog.setLocationRelativeTo(this);
        dialog.setVisible(true);
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

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private final class RulesTableModel extends AbstractTableModel {
        private final String[] columns = {"On", "Rule", "Plugin", "Weight", "Agreed", "Signal"};

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
                case 4 -> model.agreement(r.id()).toString();
                default -> r.info().signal();
            };
        }

        String tooltip(int row) {
            RuleDescriptor r = rules().get(row);
            String agreement = model.agreement(r.id()).judged() == 0 ? "no verdicts yet"
                    : "agreed with " + model.agreement(r.id());
            return "<html><b>" + escape(r.info().name()) + "</b> (" + escape(r.id()) + ")<br>"
                    + escape(r.info().description()) + "<br>" + escape(r.pluginId() + " " + r.pluginVersion())
                    + "; " + agreement + "; double-click for the claims it fired on</html>";
        }

        @Override
        public void setValueAt(Object value, int row, int c) {
            RuleDescriptor r = rules().get(row);
            if (c == 0) {
                model.setRuleEnabled(r.id(), (Boolean) value);
            } else if (c == 3 && value instanceof Double w) {
                if (w >= 0 && w <= 1) {
                    model.setWeight(r.id(), w);
                } else {
                    Toolkit.getDefaultToolkit().beep();   // a weight is 0 to 1; the old one stays
                }
            }
        }
    }
}
