package ballflight.contact;

/**
 * What a swing did.
 *
 * @param kind miss, foul or fair ball
 * @param ball the batted ball (null for a miss or a ball that went backward)
 */
public record SwingResult(Kind kind, BattedBall ball) {
    /** Outcome of a swing. */
    public enum Kind {
        WHIFF,
        FOUL,
        IN_PLAY
    }
}
