package ballflight.fielding;

import ballflight.model.FlightResult;
import ballflight.units.Units;

/**
 * A ball running along the ground after it came down: straight on from where and when it first
 * touched the ground, its horizontal speed cut by the first hops, then slowed at a constant rate
 * (hops and rolling friction) until it stops or something stops it (the fence).
 *
 * @param xFt where it came down, x
 * @param yFt where it came down, y
 * @param dirX direction it runs in (unit vector), x
 * @param dirY direction it runs in, y
 * @param downS when it came down, s since contact
 * @param speedFtPerS its speed along the ground after the first hops
 * @param decelFtPerS2 how fast the ground slows it
 * @param maxRunFt how far it can run before something stops it
 */
record RollingBall(double xFt, double yFt, double dirX, double dirY, double downS, double speedFtPerS,
                   double decelFtPerS2, double maxRunFt) {
    /** Horizontal speed kept through the first hops. */
    static final double BOUNCE_KEEP = 0.70;
    /** Hopping and rolling over the infield's dirt and grass, ft/s^2. */
    static final double INFIELD_DECEL_FTPS2 = 14.0;
    /**
     * Rolling over the outfield's grass, ft/s^2 (a rolling-resistance coefficient of about 0.3).
     * Not measured: chosen so that the league's extra bases on hits in the outfield, (2B + 2 x 3B)
     * per PA, come out at the 2025 hitters' (docs/CALIBRATION.md, "A rolling ball in the outfield").
     */
    static final double OUTFIELD_DECEL_FTPS2 = 11.0;

    /** Horizontal speed of a flight where it came down, ft/s: what the first hops start from. */
    static double groundSpeedFtPerS(FlightResult r) {
        return Units.mphToFtPerS(Math.hypot(r.landingVxMph(), r.landingVyMph()));
    }

    /** A ground ball from its first bounce, on the infield: it runs on away from home plate. */
    static RollingBall onInfield(double xFt, double yFt, double downS, double groundSpeedFtPerS) {
        return along(xFt, yFt, 1.0, downS, groundSpeedFtPerS, INFIELD_DECEL_FTPS2, Double.POSITIVE_INFINITY);
    }

    /**
     * A ball nobody caught or stopped, from where it first came down: it runs on away from home
     * plate over the outfield grass and dies at the fence, {@code fenceFt} from home.
     */
    static RollingBall intoOutfield(double xFt, double yFt, double downS, double groundSpeedFtPerS, double fenceFt) {
        return along(xFt, yFt, 1.0, downS, groundSpeedFtPerS, OUTFIELD_DECEL_FTPS2, fenceFt - Math.hypot(xFt, yFt));
    }

    /** A ball come down off the wall: it runs back toward home plate over the outfield grass. */
    static RollingBall offWall(double xFt, double yFt, double downS, double groundSpeedFtPerS) {
        return along(xFt, yFt, -1.0, downS, groundSpeedFtPerS, OUTFIELD_DECEL_FTPS2, Math.hypot(xFt, yFt));
    }

    /** @param sense +1: away from home plate along the line from it; -1: back toward it */
    private static RollingBall along(double xFt, double yFt, double sense, double downS, double groundSpeedFtPerS,
                                     double decel, double maxRunFt) {
        double len = Math.hypot(xFt, yFt);
        double dirX = sense * (len > 1e-6 ? xFt / len : 0.0);
        double dirY = sense * (len > 1e-6 ? yFt / len : 1.0);
        return new RollingBall(xFt, yFt, dirX, dirY, downS, groundSpeedFtPerS * BOUNCE_KEEP, decel,
                Math.max(0.0, maxRunFt));
    }

    /** How far it has run by {@code tS} (s since contact). */
    double runFt(double tS) {
        double dt = Math.max(0.0, tS - downS);
        double v = speedFtPerS - decelFtPerS2 * dt;
        double run = v > 0 ? speedFtPerS * dt - 0.5 * decelFtPerS2 * dt * dt
                : speedFtPerS * speedFtPerS / (2 * decelFtPerS2);
        return Math.min(run, maxRunFt);
    }

    double xAt(double tS) {
        return xFt + dirX * runFt(tS);
    }

    double yAt(double tS) {
        return yFt + dirY * runFt(tS);
    }

    /** Its speed along the ground at {@code tS} (0 once stopped). */
    double speedAtFtPerS(double tS) {
        return stoppedBy(tS) ? 0.0 : Math.max(0.0, speedFtPerS - decelFtPerS2 * Math.max(0.0, tS - downS));
    }

    /** Whether it has stopped by {@code tS}. */
    boolean stoppedBy(double tS) {
        return tS - downS >= speedFtPerS / decelFtPerS2 || runFt(tS) >= maxRunFt;
    }
}
