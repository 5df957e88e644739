package ballflight.data;

/**
 * What a fielder brings to a ball in play.
 *
 * @param sprintSpeedFtPerS top running speed
 * @param reactionS time before the first step toward the ball (the "jump")
 * @param routeEfficiency path length of a straight line / path actually run (0..1]
 * @param armMph throwing speed
 * @param fieldingPct fraction of chances handled cleanly
 * @param framingStrikesPerOut called strikes a catcher gains per out over an average catcher ({@link Framing});
 *                             0 for everyone else
 */
public record FielderSkill(double sprintSpeedFtPerS, double reactionS, double routeEfficiency, double armMph,
                           double fieldingPct, double framingStrikesPerOut) {
    /** A fielder who does not catch. */
    public FielderSkill(double sprintSpeedFtPerS, double reactionS, double routeEfficiency, double armMph,
                        double fieldingPct) {
        this(sprintSpeedFtPerS, reactionS, routeEfficiency, armMph, fieldingPct, 0.0);
    }
}
