package ballflight.cli.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ballflight.data.LeagueData;
import ballflight.data.Park;
import ballflight.fielding.BattedBallType;
import ballflight.fielding.PaOutcome;
import ballflight.model.FlightResult;
import ballflight.model.EndReason;
import ballflight.projection.Estimate;
import ballflight.projection.ProjectionResult;
import ballflight.projection.Reached;
import ballflight.projection.ProjectionTable;
import ballflight.projection.TeamProjection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/** The data each chart hands to XChart: series, values, labels and axes. */
class ChartSeriesTest {

    private static FlightResult landing(double x, double y) {
        return new FlightResult(Math.hypot(x, y), 1, 1, 0.5, x, y, 0, 0, 0, 0, Double.NaN, false, EndReason.GROUND, List.of());
    }

    @Test
    void sprayChartGroupsByResultDrawsTheParkAndPutsGroundBallsAtTheInfieldAlongTheirDirection() {
        Park park = LeagueData.mlb2025().park("BOS");
        List<SprayChart.Point> points = List.of(
                SprayChart.Point.of(landing(-120, 300), BattedBallType.FB, PaOutcome.FO),
                SprayChart.Point.of(landing(3, 4), BattedBallType.GB, PaOutcome.SINGLE),
                SprayChart.Point.of(landing(-200, 260), BattedBallType.FB, PaOutcome.HR),
                SprayChart.Point.of(landing(60, 80), BattedBallType.LD, PaOutcome.SINGLE));
        XYChart c = SprayChart.of("t", points, park);
        assertThat(c.getSeriesMap().keySet()).containsExactly("fence: " + park.venue(), "foul lines", "out (1)",
                "single (2)", "home run (1)");
        XYSeries singles = c.getSeriesMap().get("single (2)");
        // The grounder that bounced at (3, 4) is drawn 110 ft out on the same line.
        assertThat(singles.getXData()[0]).isCloseTo(66.0, within(1e-9));
        assertThat(singles.getYData()[0]).isCloseTo(88.0, within(1e-9));
        assertThat(singles.getXData()[1]).isEqualTo(60.0);
        XYSeries fence = c.getSeriesMap().get("fence: " + park.venue());
        double[] x = fence.getXData();
        double[] y = fence.getYData();
        assertThat(Math.hypot(x[0], y[0])).isCloseTo(park.fenceDistanceFt(-45), within(1e-9));
        assertThat(Math.hypot(x[x.length / 2], y[y.length / 2])).isCloseTo(park.centerFt(), within(1e-9));
        assertThat(x[0]).isNegative();
        assertThat(c.getXAxisTitle()).startsWith("x, toward right field (ft)");
    }

    @Test
    void movementChartHasOneSeriesPerPitchTypeInInchesOnSquareAxes() {
        XYChart c = MovementChart.of("t", List.of(new MovementChart.Point("FF", -8.0, 17.0),
                new MovementChart.Point("SL", 6.0, 1.0), new MovementChart.Point("FF", -7.0, 16.0),
                new MovementChart.Point("SW", 23.0, -2.0)));
        assertThat(c.getSeriesMap().keySet()).containsExactly("FF (2)", "SL (1)", "SW (1)");
        assertThat(c.getSeriesMap().get("FF (2)").getXData()).containsExactly(-8.0, -7.0);
        assertThat(c.getSeriesMap().get("FF (2)").getYData()).containsExactly(17.0, 16.0);
        assertThat(c.getStyler().getXAxisMax()).isEqualTo(25.0).isEqualTo(c.getStyler().getYAxisMax());
        assertThat(c.getStyler().getXAxisMin()).isEqualTo(-25.0).isEqualTo(c.getStyler().getYAxisMin());
        assertThat(c.getYAxisTitle()).isEqualTo("induced vertical break (in)");
    }

    private static final Map<Reached, Estimate> ODDS = Map.of(Reached.POSTSEASON, new Estimate(0.5, 0.05));

    private static List<Double> numbers(CategoryChart c, String series) {
        return c.getSeriesMap().get(series).getYData().stream().map(Number::doubleValue).toList();
    }

    @Test
    void projectionChartFloatsEachTeamsRangeAndSortsByMeanWins() {
        TeamProjection a = new TeamProjection("AAA", 70.5, 0.5, 6.0, 60, 70, 81, ODDS);
        TeamProjection b = new TeamProjection("BBB", 91.0, 0.5, 6.0, 80, 91, 101, ODDS);
        ProjectionResult r = new ProjectionResult(7, 40, new ProjectionTable(40, List.of(a, b)), null, List.of(), 40);
        CategoryChart c = ProjectionChart.of(r);
        assertThat(c.getSeriesMap().keySet()).containsExactly("5th to 95th percentile", "below the 5th percentile",
                "median", "mean");
        assertThat(c.getSeriesMap().get("5th to 95th percentile").getXData().stream().map(Object::toString).toList())
                .containsExactly("BBB", "AAA");
        assertThat(numbers(c, "5th to 95th percentile")).containsExactly(101.0, 81.0);
        assertThat(numbers(c, "below the 5th percentile")).containsExactly(80.0, 60.0);
        assertThat(numbers(c, "median")).containsExactly(91.0, 70.0);
        assertThat(numbers(c, "mean")).containsExactly(91.0, 70.5);
        assertThat(c.getSeriesMap().get("below the 5th percentile").isShowInLegend()).isFalse();
        assertThat(c.getTitle()).contains("40 seasons (seed 7)");
    }
}
