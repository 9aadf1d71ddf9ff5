package org.credence.app.workbench.view;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.Font;
import java.util.Locale;
import java.util.function.Consumer;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.JToggleButton;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import javax.swing.Scrollable;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Claim;
import org.credence.api.Evidence;
import org.credence.api.ClaimLink;
import org.credence.api.Span;
import org.credence.app.workbench.model.Verdict;
import org.credence.app.workbench.model.WorkbenchModel;
import org.credence.app.workbench.model.WorkbenchModel.Change;
import org.credence.engine.result.ArticleFinding;
import org.credence.engine.scoring.ClaimScore;

/**
 * Why the selected claim scores what it does: each finding with its rule, its contribution in points and its
 * explanation, evidence to jump to, related claims in other articles, and the reviewer's agree/reject buttons; then
 * the reviewer's note and own score.
 */
public final class ExplanationView extends JPanel {

    public static final String NAME = "explanation";
    public static final String NOTE = "note";
    public static final String OWN_SCORE = "ownScore";

    private final WorkbenchModel model;
    private final Consumer<Span> jumpTo;
    private final JPanel content = new JPanel();
    private final JTextArea note = new JTextArea(3, 30);
    private final JTextField ownScore = new JTextField(5);
    private boolean updating;

    public ExplanationView(WorkbenchModel model, Consumer<Span> jumpTo) {
        super(new BorderLayout());
        this.model = model;
        this.jumpTo = jumpTo;
        setName(NAME);
        content.setLayout(new BoxLayout(content, BoxLayout.Y_AXIS));
        content.setName("explanationContent");
        content.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        JScrollPane scroll = new JScrollPane(new WidthTracking(content));
        scroll.setHorizontalScrollBarPolicy(JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        add(scroll, BorderLayout.CENTER);
        add(reviewPanel(), BorderLayout.SOUTH);
        model.addListener(this::changed);
    }

    private JPanel reviewPanel() {
        JPanel p = new JPanel(new BorderLayout(4, 4));
        p.setBorder(BorderFactory.createTitledBorder("Your review of this claim"));
        note.setName(NOTE);
        note.setLineWrap(true);
        note.setWrapStyleWord(true);
        note.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                noteChanged();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                noteChanged();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                noteChanged();
            }
        });
        p.add(new JScrollPane(note), BorderLayout.CENTER);
        JPanel score = new JPanel(new FlowLayout(FlowLayout.LEFT));
        JLabel scoreLabel = new JLabel("Your score (0-100):");
        scoreLabel.setToolTipText("Your own score replaces the computed one; leave it empty to follow the findings.");
        score.add(scoreLabel);
        ownScore.setName(OWN_SCORE);
        ownScore.setToolTipText(scoreLabel.getToolTipText());
        ownScore.addActionListener(e -> ownScoreChanged());
        ownScore.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                ownScoreChanged();
            }
        });
        score.add(ownScore);
        p.add(score, BorderLayout.SOUTH);
        return p;
    }

    private void noteChanged() {
        if (!updating && !model.selectedClaim().isEmpty()) {
            model.setNote(model.selectedClaim(), note.getText());
        }
    }

    private void ownScoreChanged() {
        if (updating || model.selectedClaim().isEmpty()) {
            return;
        }
        String t = ownScore.getText().strip();
        Double value = null;
        if (!t.isEmpty()) {
            try {
                value = Math.max(0, Math.min(100, Double.parseDouble(t)));
            } catch (NumberFormatException e) {
                ownScore.setText("");
            }
        }
        Double current = model.review(model.selectedClaim()).ownScore();
        if (value == null ? current != null : !value.equals(current)) {
            model.setOwnScore(model.selectedClaim(), value);
        }
    }

    private void changed(Change change) {
        if (change == Change.REPORT || change == Change.SELECTION || change == Change.SCORES) {
            refresh();
        }
    }

    void refresh() {
        content.removeAll();
        AnalyzedArticle article = model.article().orElse(null);
        Claim claim = article == null ? null : article.claim(model.selectedClaim()).orElse(null);
        updating = true;
        try {
            note.setText(claim == null ? "" : model.review(claim.id()).note());
            Double own = claim == null ? null : model.review(claim.id()).ownScore();
            ownScore.setText(own == null ? "" : String.format(Locale.ROOT, "%.0f", own));
        } finally {
            updating = false;
        }
        if (article != null) {
            for (ArticleFinding f : model.articleFindingsOf(article.id())) {
                content.add(findingPanel(article, f, "Whole article"));
            }
        }
        if (claim == null) {
            content.add(new JLabel("No claim selected."));
        } else {
            ClaimScore s = model.claimScore(claim.id()).orElse(null);
            boolean own = model.review(claim.id()).ownScore() != null;
            JTextArea header = wrapped(String.format(Locale.ROOT, "Sentence %d of %s — %s %.0f (baseline %.0f)%n%s",
                    claim.sentenceIndex(), model.articleName(article.id()), own ? "your score" : "score",
                    model.shownScore(claim.id()), s == null ? model.profile().baseline() : s.base(),
                    article.text(claim.span())));
            header.setToolTipText("claim " + claim.id());
            header.setName("claimHeader");
            header.setFont(header.getFont().deriveFont(Font.BOLD));
            content.add(header);
            JLabel worthiness = new JLabel(checkWorthiness(claim));
            worthiness.setName("checkWorthiness");
            content.add(worthiness);
            if (model.findingsOf(claim.id()).isEmpty()) {
                content.add(new JLabel("No rule found anything to say about this claim."));
            }
            for (ArticleFinding f : model.findingsOf(claim.id())) {
                content.add(findingPanel(article, f, null));
            }
        }
        content.add(Box.createVerticalGlue());
        content.revalidate();
        content.repaint();
    }

    private JPanel findingPanel(AnalyzedArticle article, ArticleFinding f, String scope) {
        JPanel p = new JPanel(new BorderLayout(4, 4));
        p.setName("finding-" + f.ruleId());
        p.setAlignmentX(Component.LEFT_ALIGNMENT);
        double points = f.claimId().isEmpty()
                ? model.report().scores().article(f.articleId()).map(a -> a.contributions().stream()
                        .filter(c -> c.ruleId().equals(f.ruleId())).mapToDouble(c -> c.points()).sum()).orElse(0.0)
                : model.claimScore(f.claimId()).map(c -> c.pointsOf(f.ruleId())).orElse(0.0);
        Verdict verdict = model.verdict(f);
        boolean on = model.profile().isEnabled(f.ruleId());
        String title = String.format(Locale.ROOT, "%s%s  %+.1f points", scope == null ? "" : scope + ": ", f.ruleId(),
                points);
        p.setBorder(BorderFactory.createTitledBorder(title));
        p.setToolTipText(model.report().rules().stream().filter(r -> r.id().equals(f.ruleId())).findFirst()
                .map(r -> r.info().name() + ": " + r.info().description()).orElse(f.ruleId()));
        JTextArea explanation = wrapped(model.explanation(f)
                + (verdict == Verdict.REJECTED ? "\n(You rejected this finding: it counts for nothing.)" : "")
                + (on ? "" : "\n(This rule is switched off: its finding counts for nothing.)"));
        explanation.setName("explanation-" + f.ruleId());
        explanation.setToolTipText(p.getToolTipText());
        p.add(explanation, BorderLayout.CENTER);
        JPanel actions = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        JToggleButton accept = new JToggleButton("Agree", verdict == Verdict.ACCEPTED);
        accept.setName("accept-" + f.ruleId());
        JToggleButton reject = new JToggleButton("Reject", verdict == Verdict.REJECTED);
        reject.setName("reject-" + f.ruleId());
        accept.addActionListener(e -> model.setVerdict(f, accept.isSelected() ? Verdict.ACCEPTED : Verdict.NONE));
        reject.addActionListener(e -> model.setVerdict(f, reject.isSelected() ? Verdict.REJECTED : Verdict.NONE));
        if (on) {
            actions.add(accept);
            actions.add(reject);
        }
        for (Evidence e : f.finding().evidence()) {
            if (e.span().fitsIn(article.text().length())) {
                JButton jump = new JButton("→ " + (e.label().isBlank() ? "evidence" : e.label()));
                jump.setToolTipText(article.text(e.span()));
                jump.addActionListener(a -> jumpTo.accept(e.span()));
                actions.add(jump);
            }
        }
        JPanel links = new JPanel();
        links.setLayout(new BoxLayout(links, BoxLayout.Y_AXIS));
        for (ClaimLink r : f.finding().related()) {
            // evidence in another article: opens it beside this claim, in the compare view
            String relation = r.relation().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            JButton go = new JButton("↗ " + relation + ": " + shortened(model.articleName(r.otherArticle())));
            go.setName("related-" + r.otherClaimId());
            go.setToolTipText("Compare with " + model.articleName(r.otherArticle()) + " (" + r.otherClaimId() + ")");
            String claimId = f.claimId().isEmpty() ? r.claimId() : f.claimId();
            go.addActionListener(a -> model.compare(claimId, r));
            links.add(go);
        }
        JPanel south = new JPanel(new BorderLayout());
        south.add(actions, BorderLayout.NORTH);
        south.add(links, BorderLayout.CENTER);
        p.add(south, BorderLayout.SOUTH);
        p.setMaximumSize(new Dimension(Integer.MAX_VALUE, p.getPreferredSize().height + 40));
        return p;
    }

    /** Lays its child out at the viewport's width, so long explanations wrap instead of running off. */
    private static final class WidthTracking extends JPanel implements Scrollable {
        WidthTracking(JPanel child) {
            super(new BorderLayout());
            add(child, BorderLayout.NORTH);
        }

        @Override
        public Dimension getPreferredScrollableViewportSize() {
            return getPreferredSize();
        }

        @Override
        public int getScrollableUnitIncrement(Rectangle r, int orientation, int direction) {
            return 16;
        }

        @Override
        public int getScrollableBlockIncrement(Rectangle r, int orientation, int direction) {
            return r.height;
        }

        @Override
        public boolean getScrollableTracksViewportWidth() {
            return true;
        }

        @Override
        public boolean getScrollableTracksViewportHeight() {
            return false;
        }
    }

    private static String shortened(String name) {
        return name.length() > 48 ? name.substring(0, 47) + "…" : name;
    }

    private static JTextArea wrapped(String text) {
        JTextArea a = new JTextArea(text);
        a.setLineWrap(true);
        a.setWrapStyleWord(true);
        a.setEditable(false);
        a.setOpaque(false);
        a.setAlignmentX(Component.LEFT_ALIGNMENT);
        return a;
    }

    /** "Check-worthiness 0.82: states a figure, names a source": the model's reasons beside its number. */
    static String checkWorthiness(Claim claim) {
        String number = String.format(Locale.ROOT, "Check-worthiness %.2f", claim.checkWorthiness());
        return claim.reasons().isEmpty() ? number : number + ": " + String.join(", ", claim.reasons());
    }
}
