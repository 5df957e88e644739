package ballflight.game;

import ballflight.fielding.OutfieldThrow;

/**
 * Where a ball in play came down, for baserunning: first landing point, when, and how fast it was
 * moving along the ground then.
 *
 * @param xFt landing x
 * @param yFt landing y
 * @param hangTimeS time in the air
 * @param groundSpeedFtPerS horizontal speed at landing
 * @param relay for a hit the outfield played, its throw back in as the batter raced it (who had the
 *              ball, where, when); null otherwise, and the runners work it out from the landing
 */
public record Landing(double xFt, double yFt, double hangTimeS, double groundSpeedFtPerS, OutfieldThrow relay) {
    /** Where a ball came down, without the outfield's throw. */
    public Landing(double xFt, double yFt, double hangTimeS, double groundSpeedFtPerS) {
        this(xFt, yFt, hangTimeS, groundSpeedFtPerS, null);
    }

    public double distanceFt() {
        return Math.hypot(xFt, yFt);
    }

    /** Spray angle of the landing point (0 = center, + toward right field). */
    public double sprayDeg() {
        return Math.toDegrees(Math.atan2(xFt, yFt));
    }
}
