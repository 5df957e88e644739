package ballflight.cli.chart;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.knowm.xchart.XYChart;

/**
 * {@code pa --pitcher NAME --plot}: each pitch's spin-induced movement as Savant reports it
 * (horizontal break and induced vertical break, inches, catcher's view), one colour per pitch type.
 */
public final class MovementChart {
    /** One pitch: its type (Savant's code) and its break in inches. */
    public record Point(String pitchType, double horizontalBreakIn, double inducedVerticalBreakIn) {
    }

    private static final double MIN_REACH_IN = 20.0;

    private MovementChart() {
    }

    public static XYChart of(String title, List<Point> points) {
        XYChart c = ChartStyle.xy(title, "horizontal break, catcher's view (in)", "induced vertical break (in)");
        Map<String, List<Point>> byType = new TreeMap<>();
        for (Point p : points) {
            byType.computeIfAbsent(p.pitchType(), t -> new java.util.ArrayList<>()).add(p);
        }
        byType.forEach((type, ps) -> ChartStyle.dots(c.addSeries(type + " (" + ps.size() + ")",
                ps.stream().mapToDouble(Point::horizontalBreakIn).toArray(),
                ps.stream().mapToDouble(Point::inducedVerticalBreakIn).toArray())));
        // Square and centred on zero, so arm side and glove side read at a glance.
        double reach = Math.max(MIN_REACH_IN, 2.0 + points.stream().mapToDouble(p -> Math.max(
                Math.abs(p.horizontalBreakIn()), Math.abs(p.inducedVerticalBreakIn()))).max().orElse(0.0));
        c.getStyler().setXAxisMin(-reach);
        c.getStyler().setXAxisMax(reach);
        c.getStyler().setYAxisMin(-reach);
        c.getStyler().setYAxisMax(reach);
        return c;
    }
}
