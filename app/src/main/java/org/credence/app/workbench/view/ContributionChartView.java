package org.credence.app.workbench.view;

import java.awt.BorderLayout;

import javax.swing.JPanel;

import org.credence.api.Claim;
import org.credence.app.workbench.model.WorkbenchModel;
import org.credence.app.workbench.model.WorkbenchModel.Change;
import org.credence.engine.scoring.ClaimScore;
import org.credence.engine.scoring.Contribution;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A stacked bar per claim: each rule's contribution in points, below zero for doubts, above for support. Each rule
 * has its own fixed colour in every article; the chart follows the theme in force.
 */
public final class ContributionChartView extends JPanel {

    public static final String NAME = "contributionChart";

    private final WorkbenchModel model;
    private DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    private final JFreeChart chart;

    public ContributionChartView(WorkbenchModel model) {
        super(new BorderLayout());
        this.model = model;
        chart = ChartFactory.createStackedBarChart("Rule contributions (points)", "Claim (sentence)", "Points", dataset,
                PlotOrientation.VERTICAL, true, true, false);
        StackedBarRenderer renderer = (StackedBarRenderer) ((CategoryPlot) chart.getPlot()).getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        ChartTheme.apply(chart);
        ChartPanel panel = new ChartPanel(chart);
        panel.setName(NAME);
        panel.setMouseZoomable(false);
        add(panel, BorderLayout.CENTER);
        model.addListener(c -> {
            if (c == Change.REPORT || c == Change.SCORES || c == Change.SELECTION) {
                refresh();
            }
        });
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (chart != null) {
            ChartTheme.apply(chart);
        }
    }

    void refresh() {
        // a new data set, put in place once: filling the shown one would redraw the chart at every value
        DefaultCategoryDataset fresh = new DefaultCategoryDataset();
        model.article().ifPresent(a -> {
            for (Claim c : a.claims()) {
                ClaimScore s = model.claimScore(c.id()).orElse(null);
                if (s == null) {
                    continue;
                }
                for (Contribution contribution : s.contributions()) {
                    fresh.addValue(contribution.points(), contribution.ruleId(), "#" + c.sentenceIndex());
                }
            }
        });
        StackedBarRenderer renderer = (StackedBarRenderer) ((CategoryPlot) chart.getPlot()).getRenderer();
        for (int row = 0; row < fresh.getRowCount(); row++) {
            renderer.setSeriesPaint(row, Palette.forRule(fresh.getRowKey(row).toString()), false);
        }
        dataset = fresh;
        ((CategoryPlot) chart.getPlot()).setDataset(fresh);
    }

    public JFreeChart chart() {
        return chart;
    }
}
