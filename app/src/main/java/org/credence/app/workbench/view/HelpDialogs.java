package org.credence.app.workbench.view;

import java.awt.Component;
import java.util.ArrayList;
import java.util.List;

import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;

import org.credence.api.ApiVersion;

/** Help > Keyboard shortcuts (read from the menus themselves, so it cannot drift from them) and Help > About. */
final class HelpDialogs {

    private HelpDialogs() {
    }

    static void shortcuts(Component over, JMenuBar bar) {
        List<String[]> rows = new ArrayList<>();
        for (int m = 0; m < bar.getMenuCount(); m++) {
            collect(bar.getMenu(m), bar.getMenu(m).getText(), rows);
        }
        JTable table = new JTable(rows.toArray(String[][]::new), new String[] {"Keys", "Menu", "Does"});
        table.setName("shortcutsTable");
        table.setEnabled(false);
        JScrollPane scroll = new JScrollPane(table);
        scroll.setPreferredSize(new java.awt.Dimension(520, 300));
        JOptionPane.showMessageDialog(over, scroll, "Keyboard shortcuts", JOptionPane.PLAIN_MESSAGE);
    }

    private static void collect(JMenu menu, String path, List<String[]> rows) {
        for (int i = 0; i < menu.getItemCount(); i++) {
            JMenuItem item = menu.getItem(i);
            if (item instanceof JMenu sub) {
                collect(sub, path + " > " + sub.getText(), rows);
            } else if (item != null && item.getAccelerator() != null) {
                rows.add(new String[] {keys(item.getAccelerator()), path, item.getText()});
            }
        }
    }

    static String keys(KeyStroke k) {
        String mods = java.awt.event.InputEvent.getModifiersExText(k.getModifiers());
        String key = java.awt.event.KeyEvent.getKeyText(k.getKeyCode());
        return mods.isEmpty() ? key : mods + "+" + key;
    }

    static void about(Component over) {
        String version = HelpDialogs.class.getPackage().getImplementationVersion();
        JOptionPane.showMessageDialog(over, "<html><b>Credence</b> " + (version == null ? "(development build)"
                        : version) + "<br>Judges how far the claims in news articles can be trusted, and says why."
                        + "<br>Plugin API " + ApiVersion.current() + "; Java " + System.getProperty("java.version")
                        + "<br>Log file: ~/.credence/logs/credence.log<br>Documentation: the docs/ folder of the "
                        + "distribution's source, starting with README.md</html>",
                "About Credence", JOptionPane.INFORMATION_MESSAGE);
    }
}
