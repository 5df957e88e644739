package ballflight.game;

/**
 * Where a ball in play came down, for baserunning: first landing point, when, and how fast it was
 * moving along the ground then.
 *
 * @param xFt landing x
 * @param yFt landing y
 * @param hangTimeS time in the air
 * @param groundSpeedFtPerS horizontal speed at landing
 */
public record Landing(double xFt, double yFt, double hangTimeS, double groundSpeedFtPerS) {
    public double distanceFt() {
        return Math.hypot(xFt, yFt);
    }

    /** Spray angle of the landing point (0 = center, + toward right field). */
    public double sprayDeg() {
        return Math.toDegrees(Math.atan2(xFt, yFt));
    }
}
