package ballflight.fielding;

import ballflight.data.Fielder;
import java.util.List;

/**
 * Who in the outfield gets to a ball nobody caught, and where and when he has it: the first
 * outfielder whose glove can reach the rolling ball's path by the time the ball is there, plus the
 * moment to gather it. A ball that came down in front of a fielder is played on the hop; one in
 * the gap runs on, and he cuts it off or chases it to where it stops.
 *
 * @param fieldedS when he has the ball in his glove, s since contact
 */
record OutfieldRetrieval(Fielder fielder, double xFt, double yFt, double fieldedS) {
    /** Gathering a rolling ball (glove down, the ball into the throwing hand's reach), s. */
    static final double GATHER_S = Double.parseDouble(System.getProperty("gather", "0.3"));
    private static final double STEP_S = 0.02;

    /**
     * @param readS how long after it came down the ball can first be played (a carom: its direction
     *              and speed are read only once it is off the wall); a fielder still on his way reads it
     *              as he runs
     * @return null when there are no outfielders
     */
    static OutfieldRetrieval of(RollingBall ball, List<Fielder> outfielders, double readS) {
        if (outfielders.isEmpty()) {
            return null;
        }
        for (double t = ball.downS() + readS; ; t += STEP_S) {
            double x = ball.xAt(t);
            double y = ball.yAt(t);
            Fielder first = null;
            double reach = Double.POSITIVE_INFINITY;
            for (Fielder f : outfielders) {
                double at = FielderRange.timeToReachS(f, x, y, GroundBallFielding.GLOVE_REACH_FT);
                if (at < reach) {
                    first = f;
                    reach = at;
                }
            }
            // Someone is there in time, or the ball has stopped and the nearest man runs to it.
            if (reach <= t || ball.stoppedBy(t)) {
                return new OutfieldRetrieval(first, x, y, Math.max(t, reach) + GATHER_S);
            }
        }
    }
}
