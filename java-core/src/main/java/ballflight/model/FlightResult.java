package ballflight.model;

import java.util.List;

/**
 * The outcome of one flight, in the units the game talks in. "Landing" is where the flight
 * ended: on the ground, on the stop plane, or wherever it was at the time limit.
 *
 * @param distanceFt horizontal distance from home plate to the end point
 * @param hangTimeS time of flight
 * @param apexFt highest point above the ground
 * @param apexTimeS time of the highest point
 * @param landingXFt end point x
 * @param landingYFt end point y
 * @param landingZFt end point height (0 on the ground)
 * @param landingVxMph end velocity x
 * @param landingVyMph end velocity y
 * @param landingVzMph end velocity z
 * @param heightAtFenceFt height when the ball reached the fence distance, NaN if it never did
 *                        or there is no fence
 * @param clearsFence whether the ball was above the fence at the fence distance
 * @param endReason why the flight stopped
 * @param path sampled path (empty unless requested)
 */
public record FlightResult(double distanceFt, double hangTimeS, double apexFt, double apexTimeS,
                           double landingXFt, double landingYFt, double landingZFt,
                           double landingVxMph, double landingVyMph, double landingVzMph,
                           double heightAtFenceFt, boolean clearsFence, EndReason endReason,
                           List<PathPoint> path) {

    public FlightResult {
        path = List.copyOf(path);
    }

    /** Speed at the end point, mph. */
    public double landingSpeedMph() {
        return Math.sqrt(landingVxMph * landingVxMph + landingVyMph * landingVyMph
                + landingVzMph * landingVzMph);
    }

    /** Descent angle at the end point, degrees below horizontal (negative if still rising). */
    public double landingAngleDeg() {
        double horizontal = Math.hypot(landingVxMph, landingVyMph);
        return Math.toDegrees(Math.atan2(-landingVzMph, horizontal));
    }
}
