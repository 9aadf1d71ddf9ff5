package org.credence.app.workbench;

import java.awt.Component;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;

import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;

import org.credence.engine.io.ReadProblem;

/**
 * What the workbench asks and tells in dialogs: errors that name the file and the reason, confirmations, inputs
 * that could not be read, and the file choosers (which remember the last folder). Call on the event thread.
 */
final class Dialogs {

    /** What a person answers when unsaved work would be closed. */
    enum SaveAnswer { SAVE, DISCARD, CANCEL }

    private final JFrame window;
    private final Preferences prefs;

    Dialogs(JFrame window, Preferences prefs) {
        this.window = window;
        this.prefs = prefs;
    }

    void error(String title, String message) {
        JOptionPane.showMessageDialog(window, message, title, JOptionPane.ERROR_MESSAGE);
    }

    /** @param over the window the question belongs to, or null for the main window */
    boolean confirm(Component over, String title, String message) {
        return JOptionPane.showConfirmDialog(over != null ? over : window, message, title, JOptionPane.OK_CANCEL_OPTION,
                JOptionPane.QUESTION_MESSAGE) == JOptionPane.OK_OPTION;
    }

    SaveAnswer saveBeforeClosing() {
        int answer = JOptionPane.showConfirmDialog(window, "Save your review before closing?", "Unsaved work",
                JOptionPane.YES_NO_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE);
        return answer == JOptionPane.YES_OPTION ? SaveAnswer.SAVE
                : answer == JOptionPane.NO_OPTION ? SaveAnswer.DISCARD : SaveAnswer.CANCEL;
    }

    void problems(List<ReadProblem> problems) {
        StringBuilder text = new StringBuilder();
        problems.forEach(p -> text.append(p).append('\n'));
        JTextArea area = new JTextArea(text.toString(), Math.min(12, problems.size() + 1), 80);
        area.setEditable(false);
        JOptionPane.showMessageDialog(window, new JScrollPane(area), problems.size() + " input(s) could not be read",
                JOptionPane.WARNING_MESSAGE);
    }

    /** An article typed or pasted in: the fields the person filled in, "" where they left one empty. */
    record Pasted(String headline, String outlet, String date, String text) {
    }

    /** @return the article pasted, or null when the person cancelled or pasted no text */
    Pasted pastedArticle() {
        JTextField headline = field("pasteHeadline", 50);
        JTextField outlet = field("pasteOutlet", 24);
        JTextField date = field("pasteDate", 12);
        date.setToolTipText("The day it was published, as 2026-11-30; it tells an original from a later copy.");
        JTextArea area = new JTextArea(18, 70);
        area.setName("pasteText");
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        JPanel fields = new JPanel(new GridBagLayout());
        GridBagConstraints c = new GridBagConstraints();
        c.anchor = GridBagConstraints.WEST;
        c.insets = new Insets(2, 2, 2, 6);
        String[] labels = {"Headline:", "Outlet (who published it):", "Date (YYYY-MM-DD):", "Text of the article:"};
        JComponent[] inputs = {headline, outlet, date, new JScrollPane(area)};
        for (int i = 0; i < labels.length; i++) {
            c.gridx = 0;
            c.gridy = i;
            c.weightx = 0;
            c.fill = GridBagConstraints.NONE;
            JLabel label = new JLabel(labels[i]);
            label.setLabelFor(inputs[i]);
            fields.add(label, c);
            c.gridx = 1;
            c.weightx = 1;
            c.fill = GridBagConstraints.HORIZONTAL;
            fields.add(inputs[i], c);
        }
        int answer = JOptionPane.showConfirmDialog(window, fields, "Paste an article", JOptionPane.OK_CANCEL_OPTION,
                JOptionPane.PLAIN_MESSAGE);
        return answer != JOptionPane.OK_OPTION || area.getText().isBlank() ? null
                : new Pasted(headline.getText().strip(), outlet.getText().strip(), date.getText().strip(),
                        area.getText());
    }

    private static JTextField field(String name, int columns) {
        JTextField f = new JTextField(columns);
        f.setName(name);
        return f;
    }

    /** @return the files and folders chosen to open, empty when cancelled */
    List<Path> chooseInputs() {
        JFileChooser chooser = new JFileChooser(prefs.get("lastDir", null));
        chooser.setFileSelectionMode(JFileChooser.FILES_AND_DIRECTORIES);
        chooser.setMultiSelectionEnabled(true);
        if (chooser.showOpenDialog(window) != JFileChooser.APPROVE_OPTION) {
            return List.of();
        }
        prefs.put("lastDir", chooser.getCurrentDirectory().toString());
        return List.of(chooser.getSelectedFiles()).stream().map(File::toPath).toList();
    }

    /** @return the workspace file chosen to open, or null when cancelled */
    Path chooseWorkspace() {
        JFileChooser chooser = new JFileChooser(prefs.get("lastDir", null));
        return chooser.showOpenDialog(window) == JFileChooser.APPROVE_OPTION ? chooser.getSelectedFile().toPath() : null;
    }

    /** @return the file to write, suggested by name in the last folder used, or null when cancelled */
    Path chooseTarget(String suggested) {
        JFileChooser chooser = new JFileChooser(prefs.get("lastDir", null));
        chooser.setSelectedFile(new File(chooser.getCurrentDirectory(), suggested));
        if (chooser.showSaveDialog(window) != JFileChooser.APPROVE_OPTION) {
            return null;
        }
        prefs.put("lastDir", chooser.getCurrentDirectory().toString());
        return chooser.getSelectedFile().toPath();
    }
}
