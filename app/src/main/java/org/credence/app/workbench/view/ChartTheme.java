package org.credence.app.workbench.view;

import java.awt.Color;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.title.LegendTitle;

/** Paints a chart in the colours of the theme in force, so a dark window does not show light charts. */
final class ChartTheme {

    private ChartTheme() {
    }

    static void apply(JFreeChart chart) {
        Color bg = Palette.background();
        Color fg = Palette.foreground();
        Color grid = Palette.isDark() ? new Color(0x55, 0x55, 0x55) : new Color(0xC8, 0xC8, 0xC8);
        chart.setBackgroundPaint(bg);
        if (chart.getTitle() != null) {
            chart.getTitle().setPaint(fg);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setBackgroundPaint(bg);
            legend.setItemPaint(fg);
        }
        if (chart.getPlot() instanceof CategoryPlot plot) {
            plot.setBackgroundPaint(Palette.isDark() ? bg.darker() : Color.WHITE);
            plot.setRangeGridlinePaint(grid);
            plot.setOutlinePaint(grid);
            for (Axis axis : new Axis[] {plot.getDomainAxis(), plot.getRangeAxis()}) {
                axis.setLabelPaint(fg);
                axis.setTickLabelPaint(fg);
                axis.setAxisLinePaint(fg);
                axis.setTickMarkPaint(fg);
            }
        }
    }
}
