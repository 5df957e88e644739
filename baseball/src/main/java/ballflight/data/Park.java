package ballflight.data;

import ballflight.model.Atmosphere;
import ballflight.model.Fence;
import ballflight.model.Wind;

/**
 * A ballpark: the fence as a curve through five measured distances (lines, gaps, center), the
 * wall's height by section, and the typical game-time air.
 *
 * <p>Between two measured points the fence is the straight interpolation (in spray angle) plus
 * {@code bulgeFt} × sin(π f), f the fraction of the way across: real fences bow in (a straight
 * wall between two points is up to 9 ft nearer than the interpolation) or out (deep alleys, a
 * triangle in center). One bulge per park, set from the park's measured mean fence distance
 * ({@link #withMeanFenceDistanceFt}), since the data has no more points.
 *
 * @param team 2025 home team abbreviation ("" for the neutral park)
 * @param venue park name
 * @param leftLineFt fence distance down the left-field line (spray -45°)
 * @param leftGapFt left-center gap (spray -22.5°)
 * @param centerFt dead center (spray 0°)
 * @param rightGapFt right-center gap (spray +22.5°)
 * @param rightLineFt right-field line (spray +45°)
 * @param wall wall height by spray angle (average and landmark sections)
 * @param atmosphere game temperature and elevation (29.92 inHg, 50 % humidity): the typical
 *                   game's, or one game's weather ({@link #inWeather})
 * @param wind the wind relative to the field (calm for the typical game)
 * @param bulgeFt how far the fence lies beyond the interpolation midway between two measured points
 *                (negative: nearer)
 */
public record Park(String team, String venue, double leftLineFt, double leftGapFt, double centerFt,
                   double rightGapFt, double rightLineFt, Wall wall, Atmosphere atmosphere, Wind wind, double bulgeFt) {

    /** A park whose fence is the straight interpolation between its five points. */
    public Park(String team, String venue, double leftLineFt, double leftGapFt, double centerFt,
                double rightGapFt, double rightLineFt, Wall wall, Atmosphere atmosphere, Wind wind) {
        this(team, venue, leftLineFt, leftGapFt, centerFt, rightGapFt, rightLineFt, wall, atmosphere, wind, 0.0);
    }

    /** A park in still air. */
    public Park(String team, String venue, double leftLineFt, double leftGapFt, double centerFt,
                double rightGapFt, double rightLineFt, Wall wall, Atmosphere atmosphere) {
        this(team, venue, leftLineFt, leftGapFt, centerFt, rightGapFt, rightLineFt, wall, atmosphere, Wind.CALM);
    }

    /** A park in still air whose wall is the same height all the way round. */
    public Park(String team, String venue, double leftLineFt, double leftGapFt, double centerFt,
                double rightGapFt, double rightLineFt, double fenceHeightFt, Atmosphere atmosphere) {
        this(team, venue, leftLineFt, leftGapFt, centerFt, rightGapFt, rightLineFt, Wall.uniform(fenceHeightFt), atmosphere);
    }

    /** The published average wall height. */
    public double fenceHeightFt() {
        return wall.averageFt();
    }

    /** The fence distance at a spray angle: through the five measured points, bulged between them, clamped at the lines. */
    public double fenceDistanceFt(double sprayDeg) {
        double[] at = {leftLineFt, leftGapFt, centerFt, rightGapFt, rightLineFt};
        double s = Math.max(-45.0, Math.min(45.0, sprayDeg));
        double pos = (s + 45.0) / 22.5;
        int i = Math.min(3, (int) Math.floor(pos));
        double f = pos - i;
        return at[i] + (at[i + 1] - at[i]) * f + bulgeFt * Math.sin(Math.PI * f);
    }

    /**
     * The same park with the bulge that makes the fence's mean distance over spray angle (-45° to
     * +45°) {@code meanFt}: the interpolation's mean is (L + 2 LG + 2 C + 2 RG + R) / 8, and sin(π f)
     * averages 2/π over each segment.
     */
    public Park withMeanFenceDistanceFt(double meanFt) {
        double straight = (leftLineFt + 2 * (leftGapFt + centerFt + rightGapFt) + rightLineFt) / 8.0;
        return withBulgeFt((meanFt - straight) * Math.PI / 2.0);
    }

    /** The same park with another bulge between its measured points. */
    public Park withBulgeFt(double bulge) {
        return new Park(team, venue, leftLineFt, leftGapFt, centerFt, rightGapFt, rightLineFt, wall, atmosphere, wind, bulge);
    }

    /** The wall height at a spray angle (the section there, or the rest of the wall). */
    public double wallHeightFt(double sprayDeg) {
        return wall.heightFt(sprayDeg);
    }

    /** The fence as the kernel sees it along one spray line: distance and the wall height there. */
    public Fence fenceAt(double sprayDeg) {
        return new Fence(fenceDistanceFt(sprayDeg), wallHeightFt(sprayDeg));
    }

    /** The same park on one day: that temperature (same elevation, pressure and humidity) and wind. */
    public Park inWeather(Weather w) {
        return new Park(team, venue, leftLineFt, leftGapFt, centerFt, rightGapFt, rightLineFt, wall,
                atmosphere.withTemperatureF(w.temperatureF()), w.wind(), bulgeFt);
    }
}
