package ballflight.contact;

import ballflight.model.Launch;

/**
 * The ball as it leaves the bat, with the collision inputs that made it (for tests and reports).
 *
 * @param launch exit velocity, angles and spin, in the flight model's conventions
 * @param offsetIn height of the ball's centre above the bat's centre at impact (+ = undercut)
 * @param batSpeedMph bat speed at the impact point
 * @param efficiency collision efficiency q used
 * @param clamps which of the collision's outputs were held to the launch limits
 *               ({@link ContactClamps#SPEED}, {@link ContactClamps#BACKSPIN}, {@link ContactClamps#SIDESPIN}; 0 = none)
 */
public record BattedBall(Launch launch, double offsetIn, double batSpeedMph, double efficiency, int clamps) {

    /** A ball straight from its launch, nothing clamped. */
    public BattedBall(Launch launch, double offsetIn, double batSpeedMph, double efficiency) {
        this(launch, offsetIn, batSpeedMph, efficiency, 0);
    }

    /** Fair if it goes forward between the foul lines. */
    public boolean fair() {
        return Math.abs(launch.sprayAngleDeg()) <= 45.0;
    }
}
