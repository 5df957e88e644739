package ballflight.cli.chart;

import ballflight.model.Fence;
import ballflight.model.FlightResult;
import ballflight.model.PathPoint;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/**
 * {@code fly --plot}: a recorded flight seen from the side (height over the distance along the
 * ground) and from above (the field, foul lines and the fence), the fence drawn where it stands.
 */
public final class TrajectoryChart {
    private static final double FOUL_LINE_DEG = 45.0;
    private static final int ARC_POINTS = 61;

    private TrajectoryChart() {
    }

    /** @param fence the fence along the ball's spray line, or null */
    public static List<XYChart> of(FlightResult flight, Fence fence) {
        List<PathPoint> path = flight.path();
        if (path.isEmpty()) {
            throw new IllegalArgumentException("the flight has no recorded path");
        }
        int n = path.size();
        double[] ground = new double[n];
        double[] height = new double[n];
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            PathPoint p = path.get(i);
            ground[i] = Math.hypot(p.xFt(), p.yFt());
            height[i] = p.zFt();
            x[i] = p.xFt();
            y[i] = p.yFt();
        }
        XYChart side = ChartStyle.xy(String.format(java.util.Locale.ROOT, "Side view: %.0f ft, apex %.0f ft, %.2f s",
                flight.distanceFt(), flight.apexFt(), flight.hangTimeS()), "distance along the ground (ft)", "height (ft)");
        ChartStyle.line(side.addSeries("flight", ground, height));
        side.getStyler().setYAxisMin(0.0);
        side.getStyler().setXAxisMin(0.0);
        XYChart top = ChartStyle.xy("Top view (catcher's view: + toward right field)", "x (ft)", "y, toward center field (ft)");
        ChartStyle.line(top.addSeries("flight", x, y));
        double reach = Math.max(flight.distanceFt(), fence == null ? 0.0 : fence.distanceFt()) * 1.1;
        double line = reach / Math.cos(Math.toRadians(FOUL_LINE_DEG));
        double s = Math.sin(Math.toRadians(FOUL_LINE_DEG)) * line;
        double c = Math.cos(Math.toRadians(FOUL_LINE_DEG)) * line;
        XYSeries foul = top.addSeries("foul lines", new double[] {-s, 0, s}, new double[] {c, 0, c});
        ChartStyle.line(foul).setLineColor(java.awt.Color.GRAY);
        if (fence != null) {
            XYSeries wall = side.addSeries(String.format(java.util.Locale.ROOT, "fence (%.0f ft, %.0f ft high)",
                    fence.distanceFt(), fence.heightFt()), new double[] {fence.distanceFt(), fence.distanceFt()},
                    new double[] {0.0, fence.heightFt()});
            ChartStyle.line(wall).setLineColor(java.awt.Color.DARK_GRAY);
            double[] ax = new double[ARC_POINTS];
            double[] ay = new double[ARC_POINTS];
            for (int i = 0; i < ARC_POINTS; i++) {
                double a = Math.toRadians(-FOUL_LINE_DEG + 2 * FOUL_LINE_DEG * i / (ARC_POINTS - 1));
                ax[i] = fence.distanceFt() * Math.sin(a);
                ay[i] = fence.distanceFt() * Math.cos(a);
            }
            ChartStyle.line(top.addSeries("fence at this ball's distance", ax, ay)).setLineColor(java.awt.Color.DARK_GRAY);
            side.getStyler().setXAxisMax(Math.max(flight.distanceFt(), fence.distanceFt()) * 1.05);
        }
        top.getStyler().setXAxisMin(-reach);
        top.getStyler().setXAxisMax(reach);
        top.getStyler().setYAxisMin(0.0);
        top.getStyler().setYAxisMax(reach);
        return List.of(side, top);
    }
}
