package ballflight.pitch;

/**
 * The rule-book zone at the front of the plate as Statcast calls it: the plate's 17 in width plus
 * a ball radius on each side, between the league-average bottom and top of the batters' zones.
 */
public final class StrikeZone {
    /** Half the plate (8.5 in) plus a ball radius (1.45 in), ft. */
    public static final double HALF_WIDTH_FT = (8.5 + 1.45) / 12.0;
    /** League-average bottom of the zone, ft. */
    public static final double BOTTOM_FT = 1.55;
    /** League-average top of the zone, ft. */
    public static final double TOP_FT = 3.40;
    public static final double CENTER_Z_FT = (BOTTOM_FT + TOP_FT) / 2.0;
    /** The front edge of home plate: pitches are flown to this plane (y = 17 in). */
    public static final double FRONT_OF_PLATE_Y_FT = 17.0 / 12.0;

    private StrikeZone() {
    }

    public static boolean contains(double xFt, double zFt) {
        return contains(xFt, zFt, 0.0);
    }

    /** The zone grown on every side by {@code edgeFt} (shrunk when negative). */
    public static boolean contains(double xFt, double zFt, double edgeFt) {
        return Math.abs(xFt) <= HALF_WIDTH_FT + edgeFt && zFt >= BOTTOM_FT - edgeFt && zFt <= TOP_FT + edgeFt;
    }

    /** How far outside the zone, ft (0 inside). */
    public static double distanceOutsideFt(double xFt, double zFt) {
        double dx = Math.max(0.0, Math.abs(xFt) - HALF_WIDTH_FT);
        double dz = Math.max(0.0, Math.max(BOTTOM_FT - zFt, zFt - TOP_FT));
        return Math.hypot(dx, dz);
    }
}
