package ballflight.cli.chart;

import ballflight.data.Park;

/** A park's fence as a line from the left-field pole to the right-field pole (x toward right field). */
final class FieldOutline {
    static final double POLE_DEG = 45.0;
    private static final int POINTS = 91;

    private FieldOutline() {
    }

    /** {x, y} of the fence, ft. */
    static double[][] fence(Park park) {
        double[] x = new double[POINTS];
        double[] y = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            double spray = -POLE_DEG + 2 * POLE_DEG * i / (POINTS - 1);
            double d = park.fenceDistanceFt(spray);
            x[i] = d * Math.sin(Math.toRadians(spray));
            y[i] = d * Math.cos(Math.toRadians(spray));
        }
        return new double[][] {x, y};
    }

    /** {x, y} of the foul lines from the left pole through home plate to the right pole. */
    static double[][] foulLines(Park park) {
        double left = park.fenceDistanceFt(-POLE_DEG);
        double right = park.fenceDistanceFt(POLE_DEG);
        double s = Math.sin(Math.toRadians(POLE_DEG));
        return new double[][] {{-left * s, 0.0, right * s}, {left * s, 0.0, right * s}};
    }
}
