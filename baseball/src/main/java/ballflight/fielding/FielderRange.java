package ballflight.fielding;

import ballflight.data.Fielder;

/** How long a fielder needs to get to a spot: reaction, a short acceleration, then top speed along his route. */
final class FielderRange {
    /** Time lost reaching top speed, s (about half the 1 s it takes to get there). */
    static final double ACCELERATION_LOSS_S = 0.5;
    /** Most the time to a point changes per second of running to it (the run plus half of it lost accelerating). */
    static final double MAX_SECONDS_PER_RUN_SECOND = 1.5;

    private FielderRange() {
    }

    static double timeToReachS(Fielder f, double xFt, double yFt) {
        return timeToReachS(f, xFt, yFt, 0.0);
    }

    /** The same with the glove reaching {@code reachFt} of the way (the spot need not be run to). */
    static double timeToReachS(Fielder f, double xFt, double yFt, double reachFt) {
        double d = Math.max(0.0, Math.hypot(xFt - f.spot().xFt(), yFt - f.spot().yFt()) - reachFt);
        if (d < 1e-9) {
            return 0.0;
        }
        double run = d / (f.skill().sprintSpeedFtPerS() * f.skill().routeEfficiency());
        return f.skill().reactionS() + Math.min(ACCELERATION_LOSS_S, run * 0.5) + run;
    }
}
