package org.credence.app.workbench.view;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.awt.Window;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextPane;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultHighlighter;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Claim;
import org.credence.app.workbench.model.ArticleNames;
import org.credence.app.workbench.model.Comparison;
import org.credence.app.workbench.model.WorkbenchModel;
import org.credence.app.workbench.model.WorkbenchModel.Change;

/**
 * A claim and the sentence of another article its evidence points to, side by side: each article's text scrolled
 * to its sentence and highlighted, and above them how the two relate and the words they share. "Open this article"
 * shows the other article in the main window at that sentence.
 */
public final class CompareView extends JDialog {

    public static final String NAME = "compare";

    private final WorkbenchModel model;
    private final JTextArea summary = new JTextArea(3, 60);
    private final JTextPane left = pane("compareLeft");
    private final JTextPane right = pane("compareRight");
    private final JPanel leftBox = new JPanel(new BorderLayout());
    private final JPanel rightBox = new JPanel(new BorderLayout());

    public CompareView(Window owner, WorkbenchModel model) {
        super(owner, "Compare with another article", ModalityType.MODELESS);
        this.model = model;
        setName(NAME);
        summary.setName("compareSummary");
        summary.setEditable(false);
        summary.setLineWrap(true);
        summary.setWrapStyleWord(true);
        summary.setOpaque(false);
        summary.setFocusable(false);
        summary.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        leftBox.add(new JScrollPane(left), BorderLayout.CENTER);
        rightBox.add(new JScrollPane(right), BorderLayout.CENTER);
        JPanel sides = new JPanel(new GridLayout(1, 2, 8, 0));
        sides.add(leftBox);
        sides.add(rightBox);
        JButton open = new JButton("Open this article");
        open.setName("openOther");
        open.addActionListener(e -> model.comparison().ifPresent(c -> model.selectClaim(c.otherClaim().id())));
        JButton close = new JButton("Close");
        close.addActionListener(e -> setVisible(false));
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(open);
        buttons.add(close);
        add(summary, BorderLayout.NORTH);
        add(sides, BorderLayout.CENTER);
        add(buttons, BorderLayout.SOUTH);
        setSize(new Dimension(1100, 560));
        setLocationRelativeTo(owner);
        model.addListener(c -> {
            if (c == Change.COMPARISON) {
                refresh();
                setVisible(true);
            }
        });
    }

    private static JTextPane pane(String name) {
        JTextPane p = new JTextPane();
        p.setName(name);
        p.setEditable(false);
        return p;
    }

    void refresh() {
        Comparison c = model.comparison().orElse(null);
        if (c == null) {
            return;
        }
        summary.setText(String.format("This claim: %s “%s”, sentence %d.%s%nThey share: %s", c.relation(),
                ArticleNames.of(c.otherArticle()), c.otherClaim().sentenceIndex(),
                c.subject().isBlank() ? "" : " About: " + c.subject() + ".",
                c.shared().isEmpty() ? "no words beyond the commonest" : String.join(", ", c.shared())));
        show(leftBox, left, "This claim — " + ArticleNames.of(c.article()), c.article(), c.claim());
        show(rightBox, right, "The other article — " + ArticleNames.of(c.otherArticle()), c.otherArticle(),
                c.otherClaim());
    }

    private void show(JPanel box, JTextPane pane, String title, AnalyzedArticle article, Claim claim) {
        box.setBorder(BorderFactory.createTitledBorder(title));
        pane.setText(article.text());
        try {
            pane.getHighlighter().addHighlight(claim.span().start(), claim.span().end(),
                    new DefaultHighlighter.DefaultHighlightPainter(Palette.highlight(model.shownScore(claim.id()))));
        } catch (BadLocationException e) {
            throw new IllegalStateException("a claim outside its article's text", e);
        }
        // selected from its end back to its start, so the caret (and the scrolling) is at the sentence's start
        pane.setCaretPosition(claim.span().end());
        pane.moveCaretPosition(claim.span().start());
        javax.swing.SwingUtilities.invokeLater(() -> {
            try {
                var r = pane.modelToView2D(claim.span().start());
                if (r != null) {
                    java.awt.Rectangle at = r.getBounds();
                    // a few lines above the sentence too, so it is read in its context
                    pane.scrollRectToVisible(new java.awt.Rectangle(0, Math.max(0, at.y - 3 * at.height),
                            1, pane.getVisibleRect().height));
                }
            } catch (BadLocationException e) {
                // checked above: the span is inside the text
            }
        });
    }

    /** The text of the other article's side, and where its selection (the sentence) stands; for tests. */
    public JTextPane otherSide() {
        return right;
    }

    public JTextPane claimSide() {
        return left;
    }

    public String summary() {
        return summary.getText();
    }
}
