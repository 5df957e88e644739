package ballflight.contact;

import ballflight.model.Launch;

/**
 * The ball as it leaves the bat, with the collision inputs that made it (for tests and reports).
 *
 * @param launch exit velocity, angles and spin, in the flight model's conventions
 * @param offsetIn height of the ball's centre above the bat's centre at impact (+ = undercut)
 * @param batSpeedMph bat speed at the impact point
 * @param efficiency collision efficiency q used
 */
public record BattedBall(Launch launch, double offsetIn, double batSpeedMph, double efficiency) {

    /** Fair if it goes forward between the foul lines. */
    public boolean fair() {
        return Math.abs(launch.sprayAngleDeg()) <= 45.0;
    }
}
