package ballflight.pa;

import ballflight.contact.BattedBall;
import ballflight.fielding.BattedBallType;
import ballflight.fielding.PaOutcome;
import ballflight.fielding.WallCarom;
import ballflight.model.FlightResult;

/**
 * One finished plate appearance.
 *
 * @param outcome how it ended
 * @param pitches pitches thrown
 * @param ball the ball in play (null for K, BB, HBP)
 * @param type its batted-ball type (null for K, BB, HBP)
 * @param flight the kernel's flight of the ball in play to its first landing (or the wall), in the
 *               park's air and with its fence: where and when it came down, for the runners (null
 *               for K, BB, HBP)
 * @param carom how the ball came off the wall, null unless it reached the wall without clearing it
 */
public record PlateAppearanceResult(PaOutcome outcome, int pitches, BattedBall ball, BattedBallType type,
                                    FlightResult flight, WallCarom carom) {

    /** A plate appearance whose ball (if any) never reached the wall. */
    public PlateAppearanceResult(PaOutcome outcome, int pitches, BattedBall ball, BattedBallType type, FlightResult flight) {
        this(outcome, pitches, ball, type, flight, null);
    }

    /** A plate appearance that ended without a ball in play (K, BB, HBP). */
    public static PlateAppearanceResult withoutBall(PaOutcome outcome, int pitches) {
        return new PlateAppearanceResult(outcome, pitches, null, null, null);
    }
}
