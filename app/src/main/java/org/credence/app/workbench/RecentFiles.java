package org.credence.app.workbench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.prefs.Preferences;

import javax.swing.JMenu;
import javax.swing.JMenuItem;

/** The "Open recent" menu: the last {@value #RECENT} inputs and workspaces opened or saved, kept in preferences. */
final class RecentFiles {

    private static final int RECENT = 8;

    private final JMenu menu = new JMenu("Open recent");
    private final Preferences prefs;
    private final Consumer<Path> reopen;

    /** @param reopen opens a path chosen from the menu again */
    RecentFiles(Preferences prefs, Consumer<Path> reopen) {
        this.prefs = prefs;
        this.reopen = reopen;
        menu.setName("recentMenu");
        refresh();
    }

    JMenu menu() {
        return menu;
    }

    /** Puts a path at the top of the list. */
    void remember(Path p) {
        List<String> list = new ArrayList<>(List.of(prefs.get("recent", "").split("\n")));
        list.removeIf(s -> s.isBlank() || s.equals(p.toString()));
        list.add(0, p.toString());
        prefs.put("recent", String.join("\n", list.subList(0, Math.min(RECENT, list.size()))));
        refresh();
    }

    private void refresh() {
        menu.removeAll();
        for (String s : prefs.get("recent", "").split("\n")) {
            if (s.isBlank()) {
                continue;
            }
            JMenuItem item = new JMenuItem(s);
            item.addActionListener(e -> reopen.accept(Path.of(s)));
            menu.add(item);
        }
        menu.setEnabled(menu.getItemCount() > 0);
    }
}
