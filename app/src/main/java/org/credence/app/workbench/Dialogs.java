package org.credence.app.workbench;

import java.awt.Component;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;

import javax.swing.JFileChooser;
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

    /** @return the text pasted as an article, or null when the person cancelled or pasted nothing */
    String pastedArticle() {
        JTextArea area = new JTextArea(20, 70);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        int answer = JOptionPane.showConfirmDialog(window, new JScrollPane(area),
                "Paste an article (a short first line followed by a blank line is its title)",
                JOptionPane.OK_CANCEL_OPTION, JOptionPane.PLAIN_MESSAGE);
        return answer != JOptionPane.OK_OPTION || area.getText().isBlank() ? null : area.getText();
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
