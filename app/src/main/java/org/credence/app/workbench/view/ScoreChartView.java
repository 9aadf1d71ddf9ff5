package org.credence.app.workbench.view;

import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.swing.JPanel;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Claim;
import org.credence.app.workbench.model.ArticleNames;
import org.credence.app.workbench.model.WorkbenchModel;
import org.credence.app.workbench.model.WorkbenchModel.Change;
import org.jfree.chart.ChartMouseEvent;
import org.jfree.chart.ChartMouseListener;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A bar per claim of the selected article, its height the shown score, its colour the score band; the selected
 * claim's bar is outlined and a reviewed claim's label carries a tick. Clicking a bar selects its claim, and its
 * tooltip gives the claim's text. The chart follows the theme in force.
 */
public final class ScoreChartView extends JPanel {

    public static final String NAME = "scoreChart";

    private final WorkbenchModel model;
    private DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    private final JFreeChart chart;
    private final ChartPanel panel;
    private final List<String> claimIds = new ArrayList<>();
    private static final Stroke SELECTED = new BasicStroke(3f);
    private static final Stroke NONE = new BasicStroke(0f);

    public ScoreChartView(WorkbenchModel model) {
        super(new BorderLayout());
        this.model = model;
        CategoryAxis claims = new CategoryAxis("Claim (sentence)");
        claims.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        NumberAxis score = new NumberAxis("Score");
        score.setRange(0, 100);
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return column < claimIds.size() ? Palette.forScore(model.shownScore(claimIds.get(column)))
                        : Color.GRAY;
            }

            @Override
            public Paint getItemOutlinePaint(int row, int column) {
                return Palette.foreground();
            }

            @Override
            public Stroke getItemOutlineStroke(int row, int column) {
                return isSelected(column) ? SELECTED : NONE;
            }
        };
        renderer.setDrawBarOutline(true);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDefaultToolTipGenerator((data, row, column) -> tooltip(column));
        CategoryPlot plot = new CategoryPlot(dataset, claims, score, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        chart = new JFreeChart("Claim scores", JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        panel = new ChartPanel(chart);
        panel.setName(NAME);
        panel.setMouseZoomable(false);
        panel.addChartMouseListener(new ChartMouseListener() {
            @Override
            public void chartMouseClicked(ChartMouseEvent e) {
                if (e.getEntity() instanceof CategoryItemEntity item) {
                    int column = dataset.getColumnIndex(item.getColumnKey());
                    if (column >= 0 && column < claimIds.size()) {
                        model.selectClaim(claimIds.get(column));
                    }
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEvent e) {
            }
        });
        add(panel, BorderLayout.CENTER);
        ChartTheme.apply(chart);
        model.addListener(this::changed);
    }

    private boolean isSelected(int column) {
        return column < claimIds.size() && claimIds.get(column).equals(model.selectedClaim());
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (chart != null) {
            ChartTheme.apply(chart);
        }
    }

    private void changed(Change change) {
        if (change == Change.REPORT || change == Change.SCORES || change == Change.SELECTION
                || change == Change.REVIEW) {
            refresh();
        }
    }

    /** Rebuilds the bars from the model. */
    void refresh() {
        // a new data set, put in place once: filling the shown one would redraw the chart at every bar
        DefaultCategoryDataset fresh = new DefaultCategoryDataset();
        claimIds.clear();
        model.article().ifPresent(a -> {
            for (Claim c : a.claims()) {
                claimIds.add(c.id());
                fresh.addValue(model.shownScore(c.id()), "score", label(c, model.isReviewed(c.id())));
            }
            chart.setTitle("Claim scores: " + title(a));
        });
        dataset = fresh;
        chart.getCategoryPlot().setDataset(fresh);
    }

    /** The bar's label: the sentence number, with a tick once the reviewer has judged or annotated the claim. */
    static String label(Claim c, boolean reviewed) {
        return "#" + c.sentenceIndex() + (reviewed ? " \u2713" : "");
    }

    private static String title(AnalyzedArticle a) {
        return ArticleNames.of(a);
    }

    private String tooltip(int column) {
        if (column >= claimIds.size()) {
            return "";
        }
        String id = claimIds.get(column);
        String text = model.report().corpus().claim(id)
                .flatMap(c -> model.report().corpus().article(c.articleId()).map(a -> a.text(c.span()))).orElse("");
        return String.format(Locale.ROOT, "%.0f: %s", model.shownScore(id), text.length() > 120 ? text.substring(0, 119)
                + "…" : text);
    }

    public JFreeChart chart() {
        return chart;
    }

    /** True when the bar of this claim is drawn outlined as the selected one; for tests. */
    public boolean outlines(String claimId) {
        int column = claimIds.indexOf(claimId);
        return column >= 0 && ((BarRenderer) chart.getCategoryPlot().getRenderer()).getItemOutlineStroke(0, column)
                == SELECTED;
    }

    /** The bar labels in order; for tests. */
    public List<String> labels() {
        List<String> out = new ArrayList<>();
        for (Object key : dataset.getColumnKeys()) {
            out.add(key.toString());
        }
        return out;
    }

    public ChartPanel chartPanel() {
        return panel;
    }

    /** The claim ids in bar order, for tests and exports. */
    public List<String> claimIds() {
        return List.copyOf(claimIds);
    }
}
