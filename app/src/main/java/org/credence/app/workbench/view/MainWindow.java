package org.credence.app.workbench.view;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Toolkit;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.prefs.Preferences;

import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.KeyStroke;
import javax.swing.WindowConstants;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import javax.swing.JComponent;

import org.credence.app.workbench.model.WorkbenchModel;

/**
 * The workbench window: articles and rules on the left, the article text and the charts in the middle, the
 * explanation of the selected claim on the right, a status bar with progress and cancel below. It renders the model
 * and passes the person's actions to {@link Actions}; it decides nothing itself.
 */
public final class MainWindow extends JFrame {

    /** What the window's menus and buttons ask for. */
    public interface Actions {
        void open();

        void pasteText();

        void openWorkspace();

        void save();

        void saveAs();

        void exportCsv();

        void exportJson();

        void exportCharts(boolean svg);

        void exportHtml();

        void cancel();

        void toggleTheme();

        void managePlugins();

        void loadProfile();

        void exportVerdicts();

        void quit();

        JMenu recentMenu();
    }

    private final ScoreChartView scoreChart;
    private final ContributionChartView contributionChart;
    private final ArticleTextView textView;
    private final CompareView compare;
    private final ArticleListView articleList;
    private final JProgressBar progress = new JProgressBar();
    private final JButton cancel = new JButton("Cancel");
    private final JLabel status = new JLabel("Ready");
    private final JSplitPane left;
    private final JSplitPane centre;
    private final JSplitPane main;
    private final Preferences prefs;

    public MainWindow(WorkbenchModel model, Actions actions, Preferences prefs) {
        super("Credence");
        this.prefs = prefs;
        setName("credence");
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                actions.quit();
            }
        });
        scoreChart = new ScoreChartView(model);
        contributionChart = new ContributionChartView(model);
        textView = new ArticleTextView(model);
        ExplanationView explanation = new ExplanationView(model, textView::scrollTo);
        compare = new CompareView(this, model);
        articleList = new ArticleListView(model);
        left = new JSplitPane(JSplitPane.VERTICAL_SPLIT, titled("Articles", articleList),
                titled("Rules", new RulesView(model)));
        JTabbedPane charts = new JTabbedPane();
        charts.setName("charts");
        charts.addTab("Scores", scoreChart);
        charts.addTab("Contributions", contributionChart);
        centre = new JSplitPane(JSplitPane.VERTICAL_SPLIT, titled("Article", textView), charts);
        JSplitPane right = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, centre, titled("Why", explanation));
        main = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, right);
        right.setResizeWeight(0.6);
        left.setResizeWeight(0.5);
        centre.setResizeWeight(0.55);
        getContentPane().add(main, BorderLayout.CENTER);
        getContentPane().add(statusBar(actions), BorderLayout.SOUTH);
        setJMenuBar(menus(actions));
        restoreLayout(right);
    }

    private static JPanel titled(String title, JComponent c) {
        JPanel p = new JPanel(new BorderLayout());
        p.setBorder(BorderFactory.createTitledBorder(title));
        p.add(c, BorderLayout.CENTER);
        return p;
    }

    private JPanel statusBar(Actions actions) {
        JPanel bar = new JPanel(new BorderLayout(8, 0));
        bar.setBorder(BorderFactory.createEmptyBorder(2, 6, 2, 6));
        status.setName("status");
        progress.setName("progress");
        progress.setStringPainted(true);
        progress.setVisible(false);
        cancel.setName("cancel");
        cancel.setVisible(false);
        cancel.addActionListener(e -> actions.cancel());
        JPanel east = new JPanel(new BorderLayout(4, 0));
        east.add(progress, BorderLayout.CENTER);
        east.add(cancel, BorderLayout.EAST);
        bar.add(status, BorderLayout.CENTER);
        bar.add(east, BorderLayout.EAST);
        return bar;
    }

    private JMenuBar menus(Actions a) {
        int menuKey = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
        JMenuBar bar = new JMenuBar();
        JMenu file = new JMenu("File");
        file.setName("fileMenu");
        file.setMnemonic(KeyEvent.VK_F);
        file.add(item("open", "Open articles…", KeyStroke.getKeyStroke(KeyEvent.VK_O, menuKey), a::open));
        file.add(item("paste", "Paste text as article…", KeyStroke.getKeyStroke(KeyEvent.VK_V, menuKey
                | InputEvent.SHIFT_DOWN_MASK), a::pasteText));
        file.add(a.recentMenu());
        file.addSeparator();
        file.add(item("openWorkspace", "Open workspace…", null, a::openWorkspace));
        file.add(item("save", "Save workspace", KeyStroke.getKeyStroke(KeyEvent.VK_S, menuKey), a::save));
        file.add(item("saveAs", "Save workspace as…", KeyStroke.getKeyStroke(KeyEvent.VK_S, menuKey
                | InputEvent.SHIFT_DOWN_MASK), a::saveAs));
        file.addSeparator();
        JMenu export = new JMenu("Export");
        export.setName("exportMenu");
        export.add(item("exportCsv", "Scores and verdicts as CSV…", KeyStroke.getKeyStroke(KeyEvent.VK_E, menuKey),
                a::exportCsv));
        export.add(item("exportJson", "Full report as JSON…", null, a::exportJson));
        export.add(item("exportPng", "Charts as PNG…", null, () -> a.exportCharts(false)));
        export.add(item("exportSvg", "Charts as SVG…", null, () -> a.exportCharts(true)));
        export.add(item("exportVerdicts", "Verdicts as labelled findings…", null, a::exportVerdicts));
        export.add(item("exportHtml", "Printable HTML report of this article…", KeyStroke.getKeyStroke(KeyEvent.VK_P,
                menuKey), a::exportHtml));
        file.add(export);
        file.addSeparator();
        file.add(item("quit", "Quit", KeyStroke.getKeyStroke(KeyEvent.VK_Q, menuKey), a::quit));
        bar.add(file);
        JMenu view = new JMenu("View");
        view.setName("viewMenu");
        view.add(item("theme", "Light or dark theme", KeyStroke.getKeyStroke(KeyEvent.VK_T, menuKey), a::toggleTheme));
        bar.add(view);
        JMenu rules = new JMenu("Rules");
        rules.setName("rulesMenu");
        rules.add(item("loadProfile", "Load profile…", KeyStroke.getKeyStroke(KeyEvent.VK_L, menuKey), a::loadProfile));
        bar.add(rules);
        JMenu tools = new JMenu("Tools");
        tools.setName("toolsMenu");
        tools.add(item("plugins", "Plugins and rule packs…", null, a::managePlugins));
        bar.add(tools);
        JMenu help = new JMenu("Help");
        help.setName("helpMenu");
        help.add(item("shortcuts", "Keyboard shortcuts", KeyStroke.getKeyStroke(KeyEvent.VK_F1, 0),
                () -> HelpDialogs.shortcuts(this, bar)));
        help.add(item("about", "About Credence", null, () -> HelpDialogs.about(this)));
        bar.add(help);
        return bar;
    }

    private static JMenuItem item(String name, String label, KeyStroke key, Runnable action) {
        JMenuItem item = new JMenuItem(new AbstractAction(label) {
            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
        item.setName(name);
        if (key != null) {
            item.setAccelerator(key);
        }
        return item;
    }

    /** Shows work under way; a null label hides the bar. */
    public void busy(String label, int done, int total) {
        boolean on = label != null;
        progress.setVisible(on);
        cancel.setVisible(on);
        if (on) {
            progress.setIndeterminate(total <= 0);
            progress.setMaximum(Math.max(1, total));
            progress.setValue(done);
            progress.setString(label + (total > 0 ? " " + done + "/" + total : ""));
        }
    }

    public void status(String text) {
        status.setText(text);
    }

    public ScoreChartView scoreChart() {
        return scoreChart;
    }

    public CompareView compareView() {
        return compare;
    }

    public ArticleListView articleList() {
        return articleList;
    }

    public ArticleTextView textView() {
        return textView;
    }

    public ContributionChartView contributionChart() {
        return contributionChart;
    }

    private boolean nodeExists() {
        try {
            return prefs.nodeExists("");
        } catch (java.util.prefs.BackingStoreException e) {
            return false;
        }
    }

    private void restoreLayout(JSplitPane right) {
        // the first start fits a 1280x800 screen; later starts keep the size the person left
        Dimension screen = Toolkit.getDefaultToolkit().getScreenSize();
        setSize(new Dimension(prefs.getInt("width", Math.min(1500, screen.width)),
                prefs.getInt("height", Math.min(920, screen.height - 40))));
        setLocation(prefs.getInt("x", 40), prefs.getInt("y", 40));
        main.setDividerLocation(prefs.getInt("main", Math.min(360, getWidth() * 2 / 7)));
        left.setDividerLocation(prefs.getInt("left", getHeight() * 3 / 8));
        centre.setDividerLocation(prefs.getInt("centre", getHeight() / 2));
        right.setDividerLocation(prefs.getInt("right", (getWidth() - Math.min(360, getWidth() * 2 / 7)) * 13 / 24));
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                if (!nodeExists()) {
                    return;   // the preferences were removed (a test's, after it closed the window): nothing to keep
                }
                prefs.putInt("width", getWidth());
                prefs.putInt("height", getHeight());
                prefs.putInt("x", getX());
                prefs.putInt("y", getY());
                prefs.putInt("main", main.getDividerLocation());
                prefs.putInt("left", left.getDividerLocation());
                prefs.putInt("centre", centre.getDividerLocation());
                prefs.putInt("right", right.getDividerLocation());
            }
        });
    }
}
