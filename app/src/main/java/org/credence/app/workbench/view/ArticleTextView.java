package org.credence.app.workbench.view;

import java.awt.BorderLayout;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;

import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextPane;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultHighlighter;
import javax.swing.text.DefaultStyledDocument;
import javax.swing.text.Highlighter;
import javax.swing.text.SimpleAttributeSet;
import javax.swing.text.StyleConstants;
import javax.swing.text.StyledDocument;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Claim;
import org.credence.api.Evidence;
import org.credence.api.Span;
import org.credence.app.workbench.model.WorkbenchModel;
import org.credence.app.workbench.model.WorkbenchModel.Change;
import org.credence.engine.result.ArticleFinding;

/**
 * The selected article's text: each claim highlighted in the colour of its score, the selected claim's evidence
 * underlined. Clicking in a claim selects it. Each article gets a fresh document, so the headline's style cannot
 * carry over into the next article's text; the highlights are painted again when the theme changes, because a new
 * look and feel installs a new highlighter.
 */
public final class ArticleTextView extends JPanel {

    public static final String NAME = "articleText";

    private final WorkbenchModel model;
    private final JTextPane text = new JTextPane();
    private String shownArticle = "";

    public ArticleTextView(WorkbenchModel model) {
        super(new BorderLayout());
        this.model = model;
        text.setName(NAME);
        text.setEditable(false);
        add(new JScrollPane(text), BorderLayout.CENTER);
        text.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                int offset = text.viewToModel2D(e.getPoint());
                model.article().ifPresent(a -> a.claims().stream().filter(c -> c.span().contains(offset)).findFirst()
                        .ifPresent(c -> model.selectClaim(c.id())));
            }
        });
        model.addListener(this::changed);
    }

    private void changed(Change change) {
        if (change == Change.REPORT || change == Change.SCORES || change == Change.SELECTION
                || change == Change.REVIEW) {
            refresh();
        }
    }

    void refresh() {
        AnalyzedArticle a = model.article().orElse(null);
        if (a == null) {
            text.setText("");
            return;
        }
        if (!a.id().equals(shownArticle)) {
            StyledDocument doc = new DefaultStyledDocument();
            try {
                doc.insertString(0, a.text(), null);
            } catch (BadLocationException e) {
                throw new IllegalStateException("inserting at 0 of an empty document", e);
            }
            SimpleAttributeSet bold = new SimpleAttributeSet();
            StyleConstants.setBold(bold, true);
            StyleConstants.setFontSize(bold, text.getFont().getSize() + 4);
            doc.setCharacterAttributes(a.headline().start(), a.headline().length(), bold, false);
            text.setDocument(doc);
            shownArticle = a.id();
        }
        Highlighter h = text.getHighlighter();
        h.removeAllHighlights();
        try {
            for (Claim c : a.claims()) {
                h.addHighlight(c.span().start(), c.span().end(),
                        new DefaultHighlighter.DefaultHighlightPainter(Palette.highlight(model.shownScore(c.id()))));
            }
            for (ArticleFinding f : model.findingsOf(model.selectedClaim())) {
                for (Evidence e : f.finding().evidence()) {
                    underline(h, a, e.span());
                }
            }
        } catch (BadLocationException e) {
            throw new IllegalStateException("a span outside the text reached the view", e);
        }
        a.claim(model.selectedClaim()).ifPresent(c -> scrollTo(c.span()));
    }

    private static void underline(Highlighter h, AnalyzedArticle a, Span span) throws BadLocationException {
        if (span.fitsIn(a.text().length()) && !span.isEmpty()) {
            h.addHighlight(span.start(), span.end(), new UnderlinePainter(Palette.evidence()));
        }
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (model != null) {
            // the new look and feel has replaced the text pane's highlighter, and with it every highlight
            javax.swing.SwingUtilities.invokeLater(this::refresh);
        }
    }

    /** Scrolls the text so the span is in view and puts the caret there. */
    public void scrollTo(Span span) {
        if (span.fitsIn(text.getDocument().getLength())) {
            text.setCaretPosition(span.start());
            try {
                var r = text.modelToView2D(span.start());
                if (r != null) {
                    text.scrollRectToVisible(r.getBounds());
                }
            } catch (BadLocationException e) {
                // the span was checked above; nothing to scroll to
            }
        }
    }

    /** How many highlights and underlines the text shows now; for tests. */
    public int highlightCount() {
        return text.getHighlighter().getHighlights().length;
    }

    public JTextPane textPane() {
        return text;
    }
}
