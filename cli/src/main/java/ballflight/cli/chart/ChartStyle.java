package ballflight.cli.chart;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.knowm.xchart.style.Styler;

/** The house look of every chart: titles, axis titles, the legend inside, no chart border. */
final class ChartStyle {
    private ChartStyle() {
    }

    static XYChart xy(String title, String xAxisTitle, String yAxisTitle) {
        XYChart c = new XYChartBuilder().width(ChartSize.DEFAULT.widthPx()).height(ChartSize.DEFAULT.heightPx())
                .title(title).xAxisTitle(xAxisTitle).yAxisTitle(yAxisTitle).build();
        common(c.getStyler());
        c.getStyler().setMarkerSize(5);
        return c;
    }

    static CategoryChart category(String title, String xAxisTitle, String yAxisTitle) {
        CategoryChart c = new CategoryChartBuilder().width(ChartSize.DEFAULT.widthPx()).height(ChartSize.DEFAULT.heightPx())
                .title(title).xAxisTitle(xAxisTitle).yAxisTitle(yAxisTitle).build();
        common(c.getStyler());
        c.getStyler().setXAxisLabelRotation(90);
        return c;
    }

    /** A series drawn as a plain line (paths, outlines). */
    static XYSeries line(XYSeries s) {
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        return s;
    }

    /** A series drawn as dots only. */
    static XYSeries dots(XYSeries s) {
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        return s;
    }

    private static void common(Styler s) {
        s.setChartBackgroundColor(java.awt.Color.WHITE);
        s.setLegendPosition(Styler.LegendPosition.InsideNE);
        s.setLegendBorderColor(java.awt.Color.LIGHT_GRAY);
        s.setPlotBorderVisible(false);
        s.setChartTitleBoxVisible(false);
    }
}
