package ballflight.fielding;

/**
 * A ball running along the grass after it came down: straight on from where and when it first
 * touched the ground, its horizontal speed cut by the first hops and then slowed by the grass at a
 * constant rate, until it stops or reaches the fence (where it dies against the padding).
 *
 * @param xFt where it came down, x
 * @param yFt where it came down, y
 * @param dirX direction it runs in (unit vector), x
 * @param dirY direction it runs in, y
 * @param downS when it came down, s since contact
 * @param speedFtPerS its speed along the ground after the first hops
 * @param maxRunFt how far it can run before something stops it (the fence)
 */
record RollingBall(double xFt, double yFt, double dirX, double dirY, double downS, double speedFtPerS,
                   double maxRunFt) {
    /** Horizontal speed kept through the first hops. */
    static final double BOUNCE_KEEP = 0.70;
    /** Rolling and hopping deceleration on grass, ft/s^2. */
    static final double DECEL_FTPS2 = 14.0;

    /** A batted ball's first bounce: it runs on away from home plate, at most to {@code stopFt} from it. */
    static RollingBall awayFromHome(double xFt, double yFt, double downS, double groundSpeedFtPerS, double stopFt) {
        double len = Math.hypot(xFt, yFt);
        double dirX = len > 1e-6 ? xFt / len : 0.0;
        double dirY = len > 1e-6 ? yFt / len : 1.0;
        return new RollingBall(xFt, yFt, dirX, dirY, downS, groundSpeedFtPerS * BOUNCE_KEEP, Math.max(0.0, stopFt - len));
    }

    /** A ball come down off the wall: it runs back toward home plate. */
    static RollingBall towardHome(double xFt, double yFt, double downS, double groundSpeedFtPerS) {
        RollingBall out = awayFromHome(xFt, yFt, downS, groundSpeedFtPerS, Double.POSITIVE_INFINITY);
        return new RollingBall(xFt, yFt, -out.dirX, -out.dirY, downS, out.speedFtPerS, Math.hypot(xFt, yFt));
    }

    /** How far it has run by {@code tS} (s since contact). */
    double runFt(double tS) {
        double dt = Math.max(0.0, tS - downS);
        double v = speedFtPerS - DECEL_FTPS2 * dt;
        double run = v > 0 ? speedFtPerS * dt - 0.5 * DECEL_FTPS2 * dt * dt
                : speedFtPerS * speedFtPerS / (2 * DECEL_FTPS2);
        return Math.min(run, maxRunFt);
    }

    double xAt(double tS) {
        return xFt + dirX * runFt(tS);
    }

    double yAt(double tS) {
        return yFt + dirY * runFt(tS);
    }

    /** Whether it has stopped by {@code tS}. */
    boolean stoppedBy(double tS) {
        return tS - downS >= speedFtPerS / DECEL_FTPS2 || runFt(tS) >= maxRunFt;
    }
}
