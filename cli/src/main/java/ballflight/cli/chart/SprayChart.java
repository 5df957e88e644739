package ballflight.cli.chart;

import ballflight.data.Park;
import ballflight.fielding.BattedBallType;
import ballflight.fielding.PaOutcome;
import ballflight.model.FlightResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;

/**
 * {@code pa --batter NAME --plot}: where his balls in play came down, over the park's outline
 * (fence and foul lines), one colour per result.
 */
public final class SprayChart {
    /**
     * A ball in play: where it first came down (x toward right field, y toward center field) and how
     * the play ended. A ground ball's first bounce is a few feet in front of the plate, so it is
     * drawn along its direction at {@link #GROUND_BALL_DRAWN_AT_FT}, where the infielders play.
     */
    public record Point(double xFt, double yFt, PaOutcome outcome) {
        public static Point of(FlightResult firstLanding, BattedBallType type, PaOutcome outcome) {
            double x = firstLanding.landingXFt();
            double y = firstLanding.landingYFt();
            double r = Math.hypot(x, y);
            if (type == BattedBallType.GB && r > 0) {
                return new Point(x * GROUND_BALL_DRAWN_AT_FT / r, y * GROUND_BALL_DRAWN_AT_FT / r, outcome);
            }
            return new Point(x, y, outcome);
        }
    }

    public static final double GROUND_BALL_DRAWN_AT_FT = 110.0;

    private SprayChart() {
    }

    /** The series names in drawing order, by result. */
    static String group(PaOutcome o) {
        return switch (o) {
            case SINGLE -> "single";
            case DOUBLE -> "double";
            case TRIPLE -> "triple";
            case HR -> "home run";
            case E -> "error";
            default -> "out";
        };
    }

    public static XYChart of(String title, List<Point> points, Park park) {
        XYChart c = ChartStyle.xy(title, String.format(java.util.Locale.ROOT, "x, toward right field (ft); where each ball"
                + " first came down, ground balls along their direction at %.0f ft", GROUND_BALL_DRAWN_AT_FT),
                "y, toward center field (ft)");
        double[][] fence = FieldOutline.fence(park);
        ChartStyle.line(c.addSeries("fence: " + park.venue(), fence[0], fence[1])).setLineColor(java.awt.Color.DARK_GRAY);
        double[][] foul = FieldOutline.foulLines(park);
        ChartStyle.line(c.addSeries("foul lines", foul[0], foul[1])).setLineColor(java.awt.Color.GRAY);
        Map<String, double[][]> byResult = new LinkedHashMap<>();
        for (String g : List.of("out", "error", "single", "double", "triple", "home run")) {
            long n = points.stream().filter(p -> group(p.outcome()).equals(g)).count();
            if (n > 0) {
                byResult.put(g, new double[2][(int) n]);
            }
        }
        Map<String, Integer> filled = new LinkedHashMap<>();
        for (Point p : points) {
            String g = group(p.outcome());
            int i = filled.merge(g, 1, Integer::sum) - 1;
            byResult.get(g)[0][i] = p.xFt();
            byResult.get(g)[1][i] = p.yFt();
        }
        byResult.forEach((g, xy) -> ChartStyle.dots(c.addSeries(g + " (" + xy[0].length + ")", xy[0], xy[1])));
        double reach = 1.1 * Math.max(park.centerFt(), points.stream()
                .mapToDouble(p -> Math.hypot(p.xFt(), p.yFt())).max().orElse(0.0));
        c.getStyler().setXAxisMin(-reach);
        c.getStyler().setXAxisMax(reach);
        c.getStyler().setYAxisMin(-20.0);
        c.getStyler().setYAxisMax(reach);
        return c;
    }
}
