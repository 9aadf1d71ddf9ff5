package org.credence.app.workbench.view;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.swing.JPanel;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Claim;
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
 * A bar per claim of the selected article, its height the shown score, its colour the score band; clicking a bar
 * selects its claim, and its tooltip gives the claim's text.
 */
public final class ScoreChartView extends JPanel {

    public static final String NAME = "scoreChart";

    private final WorkbenchModel model;
    private final DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    private final JFreeChart chart;
    private final ChartPanel panel;
    private final List<String> claimIds = new ArrayList<>();

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
        };
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
        model.addListener(this::changed);
    }

    private void changed(Change change) {
        if (change == Change.REPORT || change == Change.SCORES || change == Change.SELECTION) {
            refresh();
        }
    }

    /** Rebuilds the bars from the model. */
    void refresh() {
        dataset.clear();
        claimIds.clear();
        model.article().ifPresent(a -> {
            for (Claim c : a.claims()) {
                claimIds.add(c.id());
                dataset.addValue(model.shownScore(c.id()), "score", label(c));
            }
            chart.setTitle("Claim scores: " + title(a));
        });
    }

    private static String label(Claim c) {
        return "#" + c.sentenceIndex();
    }

    private static String title(AnalyzedArticle a) {
        return a.article().title().isBlank() ? a.id() : a.article().title();
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

    public ChartPanel chartPanel() {
        return panel;
    }

    /** The claim ids in bar order, for tests and exports. */
    public List<String> claimIds() {
        return List.copyOf(claimIds);
    }
}
