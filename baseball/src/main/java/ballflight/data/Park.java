package ballflight.data;

import ballflight.model.Atmosphere;
import ballflight.model.Fence;

/**
 * A ballpark: the fence as a curve through five measured distances (lines, gaps, center), its
 * average height, and the typical game-time air.
 *
 * @param team 2025 home team abbreviation ("" for the neutral park)
 * @param venue park name
 * @param leftLineFt fence distance down the left-field line (spray -45°)
 * @param leftGapFt left-center gap (spray -22.5°)
 * @param centerFt dead center (spray 0°)
 * @param rightGapFt right-center gap (spray +22.5°)
 * @param rightLineFt right-field line (spray +45°)
 * @param fenceHeightFt average wall height
 * @param atmosphere typical game temperature and elevation (29.92 inHg, 50 % humidity)
 */
public record Park(String team, String venue, double leftLineFt, double leftGapFt, double centerFt,
                   double rightGapFt, double rightLineFt, double fenceHeightFt, Atmosphere atmosphere) {

    /** The fence distance at a spray angle: linear between the five measured points, clamped at the lines. */
    public double fenceDistanceFt(double sprayDeg) {
        double[] at = {leftLineFt, leftGapFt, centerFt, rightGapFt, rightLineFt};
        double s = Math.max(-45.0, Math.min(45.0, sprayDeg));
        double pos = (s + 45.0) / 22.5;
        int i = Math.min(3, (int) Math.floor(pos));
        double f = pos - i;
        return at[i] + (at[i + 1] - at[i]) * f;
    }

    public Fence fenceAt(double sprayDeg) {
        return new Fence(fenceDistanceFt(sprayDeg), fenceHeightFt);
    }
}
