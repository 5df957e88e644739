package ballflight.fielding;

import ballflight.data.Defense;
import ballflight.data.Fielder;
import ballflight.model.FlightResult;
import java.util.List;

/**
 * Ground balls: after the first bounce the ball runs along the ground with its horizontal speed
 * cut by the bounce and slowed by the grass; each infielder (and the pitcher) cuts it off at the
 * first moment he can reach its path. Returns when and where, or null if it gets through.
 */
public final class GroundBallFielding {
    /** Horizontal speed kept through the first hops. */
    static final double BOUNCE_KEEP = 0.70;
    /** Rolling and hopping deceleration on grass, ft/s^2. */
    static final double DECEL_FTPS2 = 14.0;
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
        return field(r.landingXFt(), r.landingYFt(), r.hangTimeS(),
                Math.hypot(r.landingVxMph(), r.landingVyMph()) * 5280.0 / 3600.0, d);
    }

    /**
     * The same from the first bounce: where ({@code xFt}, {@code yFt}) and when ({@code hangTimeS})
     * it came down and its horizontal speed then (for the runners, who see the play the same way).
     */
    public static Stop field(double xFt, double yFt, double hangTimeS, double groundSpeedFtPerS, Defense d) {
        double dirX = xFt;
        double dirY = yFt;
        double len = Math.hypot(dirX, dirY);
        double sprayX = len > 1e-6 ? dirX / len : 0.0;
        double sprayY = len > 1e-6 ? dirY / len : 1.0;
        double speed = groundSpeedFtPerS * BOUNCE_KEEP;
        double s0 = len;
        double t0 = hangTimeS;
        List<Fielder> infielders = d.infielders(); // once: the loop below runs up to hundreds of steps
        // Before the bounce the ball is in the air: only balls that land near a fielder count there.
        for (double t = t0; ; t += STEP_S) {
            double dt = t - t0;
            double v = speed - DECEL_FTPS2 * dt;
            double s = v > 0 ? s0 + speed * dt - 0.5 * DECEL_FTPS2 * dt * dt : s0 + speed * speed / (2 * DECEL_FTPS2);
            if (s > INFIELD_EDGE_FT) {
                return null;
            }
            double x = sprayX * s;
            double y = sprayY * s;
            Fielder best = null;
            for (Fielder f : infielders) {
                if (FielderRange.timeToReachS(f, x, y, GLOVE_REACH_FT) <= t) {
                    best = f;
                    break;
                }
            }
            if (best != null) {
                return new Stop(best, new double[] {x, y, t});
            }
            if (v <= 0 && dt > 10) {
                return null;
            }
        }
    }
}
