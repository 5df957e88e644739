package ballflight.fielding;

/** Base positions (ft, field coordinates) and the batter-runner's times around them. */
public final class Bases {
    public static final double BASE_PATH_FT = 90.0;
    private static final double HALF_DIAGONAL_FT = BASE_PATH_FT / Math.sqrt(2.0);
    public static final double[] FIRST = {HALF_DIAGONAL_FT, HALF_DIAGONAL_FT};
    public static final double[] SECOND = {0.0, 2 * HALF_DIAGONAL_FT};
    public static final double[] THIRD = {-HALF_DIAGONAL_FT, HALF_DIAGONAL_FT};
    /** Swing follow-through and first steps out of the box, s. */
    static final double START_S = 0.9;
    /** Average speed around the bases as a fraction of top sprint speed (acceleration, turns). */
    static final double PACE = 0.95;

    private Bases() {
    }

    /** Time for the batter to reach base {@code n} (1..3): ~4.4 s to first at 27 ft/s. */
    public static double runnerTimeS(int n, double sprintFtPerS) {
        return START_S + n * BASE_PATH_FT / (PACE * sprintFtPerS);
    }

    static double distance(double x, double y, double[] base) {
        return Math.hypot(x - base[0], y - base[1]);
    }
}
