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
            Fielder first = null;
            double firstAt = Double.POSITIVE_INFINITY;
            int skip = Integer.MAX_VALUE;
            double ballFtPerS = ball.speedAtFtPerS(t);
            for (Fielder f : outfielders) {
                double at = FielderRange.timeToReachS(f, x, y, GroundBallFielding.GLOVE_REACH_FT);
                if (carom) {
                    at = Math.max(at, ball.downS() + f.skill().reactionS());
                }
                if (at < firstAt) {
                    first = f;
                    firstAt = at;
                }
                skip = Math.min(skip, stepsBeforeReach(at - t, ballFtPerS, f));
            }
            // Someone is there in time, or the ball has stopped and the first man to it runs to it.
            if (firstAt <= t || ball.stoppedBy(t)) {
                return new OutfieldRetrieval(first, x, y, Math.max(t, firstAt));
            }
            // Steps at which nobody can be there yet are passed over (the same times, one add each,
            // so the result is the step-by-step one), never past the step where the ball stops.
            for (int k = 0; k < skip && !ball.stoppedBy(t + STEP_S); k++) {
                t += STEP_S;
            }
        }
    }

    /**
     * Whole steps during which a fielder {@code gapS} short of the ball cannot get to it: his time to
     * a point falls by at most {@link FielderRange#MAX_SECONDS_PER_RUN_SECOND} per second of running
     * the ball saves him by coming his way at up to {@code ballFtPerS}, and by his reaction and
     * acceleration at once when the ball comes within his reach (his time is then 0).
     */
    private static int stepsBeforeReach(double gapS, double ballFtPerS, Fielder f) {
        double sure = gapS - f.skill().reactionS() - FielderRange.ACCELERATION_LOSS_S;
        double closingPerS = 1.0 + FielderRange.MAX_SECONDS_PER_RUN_SECOND * ballFtPerS
                / (f.skill().sprintSpeedFtPerS() * f.skill().routeEfficiency());
        return Math.max(0, (int) Math.floor(sure / (closingPerS * STEP_S)) - 1);
    }
}
