package ballflight.cli.chart;

import ballflight.projection.ProjectionResult;
import ballflight.projection.TeamProjection;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

/**
 * {@code project --plot}: each team's win distribution over the projected seasons: the range from
 * its 5th to its 95th percentile as a floating bar, the median and the mean on it.
 */
public final class ProjectionChart {
    /** Bars start here, below any team's 5th percentile in a 162-game season. */
    private static final double AXIS_MIN_WINS = 30.0;

    private ProjectionChart() {
    }

    public static CategoryChart of(ProjectionResult r) {
        List<TeamProjection> teams = new ArrayList<>(r.table().teams());
        teams.sort(Comparator.comparingDouble(TeamProjection::meanWins).reversed().thenComparing(TeamProjection::team));
        List<String> names = teams.stream().map(TeamProjection::team).toList();
        CategoryChart c = ChartStyle.category(String.format(java.util.Locale.ROOT,
                "Projected wins over %d seasons (seed %d): 5th to 95th percentile, median and mean", r.seasons(), r.seed()),
                "team", "wins");
        c.getStyler().setOverlapped(true);
        c.getStyler().setYAxisMin(AXIS_MIN_WINS);
        c.getStyler().setYAxisMax(AXIS_MIN_WINS + 100.0);
        // A white bar up to the 5th percentile over a coloured one up to the 95th leaves the range floating.
        c.addSeries("5th to 95th percentile", names, teams.stream().map(t -> (Number) t.p95Wins()).toList())
                .setFillColor(new Color(0x9E, 0xC5, 0xE0));
        CategorySeries mask = c.addSeries("below the 5th percentile", names, teams.stream().map(t -> (Number) t.p5Wins()).toList());
        mask.setFillColor(Color.WHITE);
        mask.setShowInLegend(false);
        CategorySeries median = c.addSeries("median", names, teams.stream().map(t -> (Number) t.p50Wins()).toList());
        median.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Scatter);
        median.setMarkerColor(new Color(0x1F, 0x4E, 0x79));
        CategorySeries mean = c.addSeries("mean", names, teams.stream().map(t -> (Number) t.meanWins()).toList());
        mean.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Scatter);
        mean.setMarkerColor(Color.BLACK);
        return c;
    }
}
