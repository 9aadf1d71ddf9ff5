package org.credence.app.workbench.view;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Window;
import java.nio.file.Path;
import java.util.List;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;
import javax.swing.filechooser.FileNameExtensionFilter;
import javax.swing.table.AbstractTableModel;
import java.util.Optional;

import org.credence.engine.result.PluginStatus;

/**
 * The plugins and rule packs of the plugins folder, as {@code credence plugins} lists them, with the changes a
 * trainer makes: install from a file, switch off and on, remove. It shows what it is given and asks the controller
 * for every change; the controller does the work off the event thread and hands back the new list.
 */
public final class PluginsDialog extends JDialog {

    /** What the dialog's buttons ask for. */
    public interface Actions {
        void install(Path file);

        void setEnabled(String id, boolean enabled);

        void remove(String id);

        void openFolder();

        void newPackFromTemplate(String name);
    }

    private static final String[] COLUMNS = {"Id", "Kind", "Version", "Status", "Provider", "Licence", "SHA-256",
        "Problem"};

    private final Rows rows = new Rows();
    private final JTable table = new JTable(rows);
    private final JLabel folder = new JLabel();
    private final JButton enable = new JButton("Enable");
    private final JButton disable = new JButton("Disable");
    private final JButton remove = new JButton("Remove");
    private final JTextArea problem = new JTextArea(3, 80);

    public PluginsDialog(Window owner, Path pluginsDir, Actions actions) {
        super(owner, "Plugins and rule packs", ModalityType.MODELESS);
        setName("pluginsDialog");
        table.setName("pluginsTable");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setAutoCreateRowSorter(true);
        table.getSelectionModel().addListSelectionListener(e -> updateButtons());
        problem.setName("pluginProblem");
        problem.setEditable(false);
        problem.setLineWrap(true);
        problem.setWrapStyleWord(true);
        folder.setText("Folder: " + pluginsDir + "  (rule packs saved here are reloaded as soon as they change)");
        folder.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));

        JButton install = new JButton("Install…");
        install.setName("install");
        enable.setName("enable");
        disable.setName("disable");
        remove.setName("remove");
        JButton close = new JButton("Close");
        close.setName("close");
        install.addActionListener(e -> {
            JFileChooser chooser = new JFileChooser();
            chooser.setFileFilter(new FileNameExtensionFilter("Plugin jars and rule packs", "jar", "json"));
            if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
                actions.install(chooser.getSelectedFile().toPath());
            }
        });
        enable.addActionListener(e -> selected().ifPresent(p -> actions.setEnabled(p.id(), true)));
        disable.addActionListener(e -> selected().ifPresent(p -> actions.setEnabled(p.id(), false)));
        remove.addActionListener(e -> selected().ifPresent(p -> actions.remove(p.id())));
        close.addActionListener(e -> setVisible(false));
        JButton openFolder = new JButton("Open plugins folder");
        openFolder.setName("openFolder");
        openFolder.addActionListener(e -> actions.openFolder());
        JButton newPack = new JButton("New pack from template…");
        newPack.setName("newPack");
        newPack.addActionListener(e -> {
            String name = JOptionPane.showInputDialog(this, "Name of the new rule pack (it starts as a copy of the "
                    + "example pack, for you to edit):", "New rule pack", JOptionPane.QUESTION_MESSAGE);
            if (name != null && !name.isBlank()) {
                actions.newPackFromTemplate(name.strip());
            }
        });

        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        for (JButton b : List.of(openFolder, newPack, install, enable, disable, remove, close)) {
            buttons.add(b);
        }
        JScrollPane problemScroll = new JScrollPane(problem);
        problemScroll.setBorder(BorderFactory.createTitledBorder("Problem of the selected plugin or pack, in full"));
        JPanel south = new JPanel(new BorderLayout());
        south.add(problemScroll, BorderLayout.CENTER);
        south.add(buttons, BorderLayout.SOUTH);
        add(folder, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
        add(south, BorderLayout.SOUTH);
        setSize(1100, 460);
        setLocationRelativeTo(owner);
        updateButtons();
    }

    /** Shows this list, keeping the selected id selected where it is still there. */
    public void show(List<PluginStatus> plugins) {
        String keep = selected().map(PluginStatus::id).orElse(null);
        rows.set(plugins);
        for (int i = 0; keep != null && i < table.getRowCount(); i++) {
            if (rows.at(table.convertRowIndexToModel(i)).id().equals(keep)) {
                table.setRowSelectionInterval(i, i);
            }
        }
        updateButtons();
    }

    /** The statuses shown, in the order given. */
    public List<PluginStatus> shown() {
        return rows.plugins;
    }

    private Optional<PluginStatus> selected() {
        int row = table.getSelectedRow();
        return row < 0 ? Optional.empty()
                : Optional.of(rows.at(table.convertRowIndexToModel(row)));
    }

    private void updateButtons() {
        Optional<PluginStatus> p = selected();
        enable.setEnabled(p.map(s -> PluginStatus.DISABLED.equals(s.state())).orElse(false));
        disable.setEnabled(p.map(s -> !PluginStatus.DISABLED.equals(s.state())).orElse(false));
        remove.setEnabled(p.isPresent());
        problem.setText(p.map(PluginStatus::error).orElse(""));
        problem.setCaretPosition(0);
    }

    private static final class Rows extends AbstractTableModel {
        private List<PluginStatus> plugins = List.of();

        void set(List<PluginStatus> list) {
            plugins = List.copyOf(list);
            fireTableDataChanged();
        }

        PluginStatus at(int row) {
            return plugins.get(row);
        }

        @Override
        public int getRowCount() {
            return plugins.size();
        }

        @Override
        public int getColumnCount() {
            return COLUMNS.length;
        }

        @Override
        public String getColumnName(int column) {
            return COLUMNS[column];
        }

        @Override
        public Object getValueAt(int row, int column) {
            PluginStatus p = plugins.get(row);
            return switch (column) {
                case 0 -> p.id();
                case 1 -> p.kind();
                case 2 -> p.version();
                case 3 -> p.state();
                case 4 -> p.provider();
                case 5 -> p.license();
                case 6 -> p.sha256().isEmpty() ? "" : p.sha256().substring(0, 16) + "…";
                default -> p.error();
            };
        }
    }
}
