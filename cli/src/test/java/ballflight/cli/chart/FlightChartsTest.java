package ballflight.cli.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ballflight.backend.Backend;
import ballflight.data.LeagueData;
import ballflight.engine.FlightSimulator;
import ballflight.fielding.HomeRunParks;
import ballflight.fielding.ParkAir;
import ballflight.fielding.ParkVerdict;
import ballflight.model.Fence;
import ballflight.model.FlightRequest;
import ballflight.model.FlightResult;
import ballflight.model.Launch;
import ballflight.model.PathPoint;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/** The trajectory and parks charts carry the flights the engine computed. */
class FlightChartsTest {

    @Test
    void trajectoryPanelsAreTheRecordedPathSeenFromTheSideAndFromAbove() {
        Launch launch = new Launch(103, 27, 20, 2100, 300, 3.0);
        Fence fence = new Fence(395, 12);
        FlightResult r;
        try (FlightSimulator sim = FlightSimulator.builder().backend(Backend.JAVA).recordPath(1000, 0.05).build()) {
            r = sim.fly(FlightRequest.of(launch).withFence(fence));
        }
        List<XYChart> panels = TrajectoryChart.of(r, fence);
        assertThat(panels).hasSize(2);
        XYSeries side = panels.get(0).getSeriesMap().get("flight");
        XYSeries top = panels.get(1).getSeriesMap().get("flight");
        List<PathPoint> path = r.path();
        assertThat(side.getXData()).hasSize(path.size());
        for (int i = 0; i < path.size(); i++) {
            PathPoint p = path.get(i);
            assertThat(side.getXData()[i]).isEqualTo(Math.hypot(p.xFt(), p.yFt()));
            assertThat(side.getYData()[i]).isEqualTo(p.zFt());
            assertThat(top.getXData()[i]).isEqualTo(p.xFt());
            assertThat(top.getYData()[i]).isEqualTo(p.yFt());
        }
        // Sprayed 20 degrees toward right field: the top view goes right.
        assertThat(top.getXData()[path.size() - 1]).isPositive();
        XYSeries wall = panels.get(0).getSeriesMap().get("fence (395 ft, 12 ft high)");
        assertThat(wall.getXData()).containsExactly(395.0, 395.0);
        assertThat(wall.getYData()).containsExactly(0.0, 12.0);
        assertThat(panels.get(0).getTitle()).contains(String.format(java.util.Locale.ROOT, "%.0f ft", r.distanceFt()));
        assertThat(panels.get(0).getYAxisTitle()).isEqualTo("height (ft)");
        FlightResult noPath;
        try (FlightSimulator sim = FlightSimulator.builder().backend(Backend.JAVA).build()) {
            noPath = sim.fly(FlightRequest.of(launch));
        }
        assertThatThrownBy(() -> TrajectoryChart.of(noPath, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parksChartSplitsHomeRunParksFromTheRestAndShowsEachFenceWhereTheBallMeetsIt() {
        HomeRunParks.Answer a;
        try (FlightSimulator sim = FlightSimulator.builder().backend(Backend.JAVA).build()) {
            a = new HomeRunParks(sim, LeagueData.mlb2025()).ask(new Launch(102, 28, 0, 1800, 0, 3.0), ParkAir.AVERAGE);
        }
        CategoryChart c = ParksChart.of(a);
        assertThat(c.getTitle()).endsWith(a.verdict());
        List<?> teams = c.getSeriesMap().get("carry, home run").getXData().stream().toList();
        assertThat(teams).hasSize(30);
        List<? extends Number> gone = c.getSeriesMap().get("carry, home run").getYData().stream().toList();
        List<? extends Number> stays = c.getSeriesMap().get("carry, in the park").getYData().stream().toList();
        List<? extends Number> fence = c.getSeriesMap().get("fence where the ball meets it").getYData().stream().toList();
        double previous = Double.MAX_VALUE;
        int homeRuns = 0;
        for (int i = 0; i < teams.size(); i++) {
            String team = (String) teams.get(i);
            ParkVerdict v = a.parks().stream().filter(p -> p.park().team().equals(team)).findFirst().orElseThrow();
            double carry = gone.get(i).doubleValue() + stays.get(i).doubleValue();
            assertThat(carry).isEqualTo(v.carryFt());
            assertThat(v.homeRun() ? stays.get(i).doubleValue() : gone.get(i).doubleValue()).isZero();
            homeRuns += v.homeRun() ? 1 : 0;
            assertThat(fence.get(i).doubleValue()).isCloseTo(v.crossing() != null ? v.crossing().distanceFt()
                    : v.park().fenceDistanceFt(0), within(1e-9));
            assertThat(carry).isLessThanOrEqualTo(previous);
            previous = carry;
        }
        assertThat(homeRuns).isEqualTo(a.homeRuns()).isBetween(1, 29);
    }
}
