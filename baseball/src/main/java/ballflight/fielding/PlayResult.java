package ballflight.fielding;

import ballflight.model.FlightResult;

/**
 * How a ball in play ended.
 *
 * @param outcome hit, out or error; null for an air ball that lands in foul ground untouched (a foul
 *                ball: the plate appearance goes on)
 * @param type GB, LD, FB or PU
 * @param flight the kernel's flight of the ball (to its first landing, through the wall if it met it)
 * @param carom how it came off the wall, or null if it never reached the wall
 */
public record PlayResult(PaOutcome outcome, BattedBallType type, FlightResult flight, WallCarom carom) {

    /** A play that never reached the wall. */
    public PlayResult(PaOutcome outcome, BattedBallType type, FlightResult flight) {
        this(outcome, type, flight, null);
    }

    /** An air ball nobody caught that came down in foul territory. */
    static PlayResult foulBall(BattedBallType type, FlightResult flight) {
        return new PlayResult(null, type, flight);
    }

    /** The ball landed foul and was not caught: a strike (unless two already), not a play. */
    public boolean isFoul() {
        return outcome == null;
    }
}
