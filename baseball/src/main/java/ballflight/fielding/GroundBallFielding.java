package ballflight.fielding;

import ballflight.data.Defense;
import ballflight.data.Fielder;
import ballflight.model.FlightResult;
import java.util.List;

/**
 * Ground balls: after the first bounce the ball runs along the ground ({@link RollingBall}); each
 * infielder (and the pitcher) cuts it off at the first moment he can reach its path. Returns when
 * and where, or null if it gets through.
 */
public final class GroundBallFielding {
    /** Past this distance from home plate the ball is in the outfield. */
    static final double INFIELD_EDGE_FT = 165.0;
    /**
     * How far from where he gets to an infielder's glove still stops a grounder: arm and a lunge or
     * dive to the side, ft.
     */
    static final double GLOVE_REACH_FT = 2.0;
    private static final double STEP_S = 0.02;

    private GroundBallFielding() {
    }

    /**
     * @param at fielding point and time: {x, y, t}
     * @param fielder who fields it
     */
    public record Stop(Fielder fielder, double[] at) {
    }

    static Stop field(FlightResult r, Defense d) {
        return field(r.landingXFt(), r.landingYFt(), r.hangTimeS(), RollingBall.groundSpeedFtPerS(r), d);
    }

    /**
     * The same from the first bounce: where ({@code xFt}, {@code yFt}) and when ({@code hangTimeS})
     * it came down and its horizontal speed then (for the runners, who see the play the same way).
     */
    public static Stop field(double xFt, double yFt, double hangTimeS, double groundSpeedFtPerS, Defense d) {
        RollingBall ball = RollingBall.onInfield(xFt, yFt, hangTimeS, groundSpeedFtPerS);
        double fromHomeFt = Math.hypot(xFt, yFt);
        List<Fielder> infielders = d.infielders(); // once: the loop below runs up to hundreds of steps
        for (double t = hangTimeS; ; t += STEP_S) {
            if (fromHomeFt + ball.runFt(t) > INFIELD_EDGE_FT) {
                return null;
            }
            double x = ball.xAt(t);
            double y = ball.yAt(t);
            for (Fielder f : infielders) {
                if (FielderRange.timeToReachS(f, x, y, GLOVE_REACH_FT) <= t) {
                    return new Stop(f, new double[] {x, y, t});
                }
            }
            if (ball.stoppedBy(t) && t - hangTimeS > 10) {
                return null;
            }
        }
    }
}
