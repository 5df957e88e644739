package ballflight.model;

/**
 * A Baseball Savant batted ball in the engine's terms: spray from Savant's hit coordinates and a
 * backspin estimate, since Savant publishes no batted-ball spin. One place for the conversions the
 * CLI's {@code fly --input} and the Spark runner both make (docs/STATCAST.md).
 */
public final class StatcastBall {
    /** Home plate in Savant's hit-coordinate image, and its scale (about 2.5 ft per unit). */
    public static final double HOME_X = 125.42;
    public static final double HOME_Y = 198.27;
    public static final double FEET_PER_UNIT = 2.5;

    private StatcastBall() {
    }

    /** Spray angle, deg (0 = center, + toward right field), of Savant hit coordinates. */
    public static double sprayAngleDeg(double hcX, double hcY) {
        double xFt = FEET_PER_UNIT * (hcX - HOME_X);
        double yFt = FEET_PER_UNIT * (HOME_Y - hcY);
        return Math.toDegrees(Math.atan2(xFt, yFt));
    }

    /**
     * Estimated backspin of a batted ball, rpm: {@code (EV / 100 mph) x (1800 + 50 x (LA - 28 deg))},
     * clamped to -1000..3500 rpm. The shape follows what tracked batted-ball spin shows (A. M. Nathan's
     * analyses of TrackMan and Hawk-Eye batted balls): backspin grows roughly linearly with launch angle,
     * from slight topspin on hard grounders through ~1000 rpm on line drives to 2500+ rpm on high fly
     * balls and pop-ups, and scales with the speed of the collision (at a given bat-ball offset the
     * spin is proportional to it). It is anchored at Nathan's reference fly ball, 100 mph at 28 deg with
     * 1800 rpm. A single ball's real spin scatters by several hundred rpm around any such estimate.
     */
    public static double estimatedBackspinRpm(double exitVelocityMph, double launchAngleDeg) {
        double rpm = exitVelocityMph / 100.0 * (1800.0 + 50.0 * (launchAngleDeg - 28.0));
        return Math.max(-1000.0, Math.min(3500.0, rpm));
    }
}
