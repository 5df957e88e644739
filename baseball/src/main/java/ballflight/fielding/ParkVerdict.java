package ballflight.fielding;

import ballflight.data.Park;

/**
 * One park's answer for one ball.
 *
 * @param park the park, in the air the ball was flown in
 * @param carryFt where the ball would come down with no wall in the way (horizontal distance)
 * @param crossing where it met the fence line (angle, distance, height, wall height), null if it came down short
 */
public record ParkVerdict(Park park, double carryFt, FenceCrossing crossing) {

    /** Over the wall between the foul poles. */
    public boolean homeRun() {
        return crossing != null && crossing.clears() && crossing.fair();
    }

    /** Height above (+) or below (-) the top of the wall where it crossed; NaN if it came down short. */
    public double marginFt() {
        return crossing == null ? Double.NaN : crossing.heightFt() - crossing.wallHeightFt();
    }
}
