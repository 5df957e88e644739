package ballflight.cli.chart;

import ballflight.fielding.HomeRunParks;
import ballflight.fielding.ParkVerdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

/**
 * {@code parks --plot}: how far the ball carries in each park (its air, its wind) next to that
 * park's fence where the ball meets it, longest carry first; home-run parks and the rest in two
 * colours.
 */
public final class ParksChart {
    private static final double AXIS_MARGIN_FT = 20.0;

    private ParksChart() {
    }

    public static CategoryChart of(HomeRunParks.Answer answer) {
        List<ParkVerdict> sorted = new ArrayList<>(answer.parks());
        sorted.sort(Comparator.comparingDouble(ParkVerdict::carryFt).reversed().thenComparing(v -> v.park().team()));
        List<String> teams = sorted.stream().map(v -> v.park().team()).toList();
        List<Double> gone = new ArrayList<>();
        List<Double> stays = new ArrayList<>();
        List<Double> fence = new ArrayList<>();
        for (ParkVerdict v : sorted) {
            gone.add(v.homeRun() ? v.carryFt() : 0.0);
            stays.add(v.homeRun() ? 0.0 : v.carryFt());
            fence.add(v.crossing() != null ? v.crossing().distanceFt()
                    : v.park().fenceDistanceFt(answer.launch().sprayAngleDeg()));
        }
        CategoryChart c = ChartStyle.category(String.format(Locale.ROOT, "%.1f mph, %.1f deg, spray %.1f deg: %s",
                answer.launch().exitVelocityMph(), answer.launch().launchAngleDeg(), answer.launch().sprayAngleDeg(),
                answer.verdict()), "park", "distance (ft)");
        c.getStyler().setOverlapped(true);
        // Parks differ by feet, not hundreds of feet: the axis starts just below the shortest of them.
        double low = java.util.stream.Stream.concat(sorted.stream().map(ParkVerdict::carryFt), fence.stream())
                .mapToDouble(Double::doubleValue).min().orElse(0.0);
        c.getStyler().setYAxisMin(Math.max(0.0, Math.floor((low - AXIS_MARGIN_FT) / 10.0) * 10.0));
        c.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        c.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Horizontal);
        c.addSeries("carry, home run", teams, gone).setFillColor(new java.awt.Color(0xC0, 0x39, 0x2B));
        c.addSeries("carry, in the park", teams, stays).setFillColor(new java.awt.Color(0x5D, 0x8A, 0xA8));
        CategorySeries wall = c.addSeries("fence where the ball meets it", teams, fence);
        wall.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        wall.setLineColor(java.awt.Color.BLACK);
        wall.setMarkerColor(java.awt.Color.BLACK);
        return c;
    }
}
