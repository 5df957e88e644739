package ballflight.fielding;

import ballflight.data.Fielder;
import java.util.List;

/**
 * Who in the outfield gets to a ball nobody caught, and where and when he has it: the first
 * outfielder whose glove can reach the rolling ball's path by the time the ball is there. A ball
 * that came down in front of a fielder is played on the hop; one in the gap runs on, and he cuts it
 * off or chases it to where it stops. Gathering it is part of the throw's release
 * ({@link OutfieldThrow#RELEASE_S}).
 *
 * @param reachedS when his glove is on the ball, s since contact
 */
record OutfieldRetrieval(Fielder fielder, double xFt, double yFt, double reachedS) {
    private static final double STEP_S = 0.02;

    /**
     * @param carom a ball off the wall: its rebound is seen only when it happens, so each fielder
     *              reacts to it again (his reaction time, as to a batted ball) before he can play it
     * @return null when there are no outfielders
     */
    static OutfieldRetrieval of(RollingBall ball, List<Fielder> outfielders, boolean carom) {
        if (outfielders.isEmpty()) {
            return null;
        }
        for (double t = ball.downS(); ; t += STEP_S) {
            double x = ball.xAt(t);
            double y = ball.yAt(t);
            boolean stopped = ball.stoppedBy(t);
            Fielder first = null;
            double firstAt = Double.POSITIVE_INFINITY;
            for (Fielder f : outfielders) {
                double at = FielderRange.timeToReachS(f, x, y, GroundBallFielding.GLOVE_REACH_FT);
                if (carom) {
                    at = Math.max(at, ball.downS() + f.skill().reactionS());
                }
                if (at < firstAt) {
                    first = f;
                    firstAt = at;
                }
            }
            // Someone is there in time, or the ball has stopped and the first man to it runs to it.
            if (firstAt <= t || stopped) {
                return new OutfieldRetrieval(first, x, y, Math.max(t, firstAt));
            }
        }
    }
}
