package ballflight.fielding;

import ballflight.data.Defense;
import ballflight.data.Fielder;
import ballflight.model.FlightResult;

/**
 * Fly balls, line drives and pop-ups: caught if some fielder's time to the landing spot is within
 * the hang time (plus a margin for the dive or reach). Line drives can also be caught by an
 * infielder they pass within reach of below jumping height.
 */
final class AirBallFielding {
    /** Highest point a fielder catches a ball passing over him, ft. */
    static final double REACH_HEIGHT_FT = 8.5;
    /** Sideways reach without moving (arm plus lean), ft. */
    static final double REACH_FT = 4.0;

    private AirBallFielding() {
    }

    /** The fielder who catches it, or null. */
    static Fielder catcher(FlightResult r, double launchAngleDeg, double contactHeightFt, Defense d, double marginS) {
        Fielder best = null;
        double bestSlack = Double.NEGATIVE_INFINITY;
        for (Fielder f : d.fielders()) {
            double slack = r.hangTimeS() + marginS - FielderRange.timeToReachS(f, r.landingXFt(), r.landingYFt());
            if (slack >= 0 && slack > bestSlack) {
                best = f;
                bestSlack = slack;
            }
        }
        if (best != null) {
            return best;
        }
        for (Fielder f : d.infielders()) {
            if (linerAtInfielder(r, launchAngleDeg, contactHeightFt, f)) {
                return f;
            }
        }
        return null;
    }

    /**
     * A ball passing over an infielder's depth: its height there comes from a parabola through
     * the contact point (with the launch angle's slope) and the landing point; the time from the
     * fraction of the carry. Drag makes the real path steeper at the end: the estimate is generous
     * to the fielder only for balls landing just behind him, which he reaches on foot anyway.
     */
    private static boolean linerAtInfielder(FlightResult r, double launchAngleDeg, double h0, Fielder f) {
        double carry = r.distanceFt();
        double depth = Math.hypot(f.spot().xFt(), f.spot().yFt());
        if (carry <= depth) {
            return false;
        }
        double slope = Math.tan(Math.toRadians(launchAngleDeg));
        double c = -(h0 + slope * carry) / (carry * carry);
        double height = h0 + slope * depth + c * depth * depth;
        if (height > REACH_HEIGHT_FT) {
            return false;
        }
        double frac = depth / carry;
        double passX = r.landingXFt() * frac;
        double passY = r.landingYFt() * frac;
        double lateral = Math.hypot(passX - f.spot().xFt(), passY - f.spot().yFt());
        double t = r.hangTimeS() * frac - f.skill().reactionS();
        return lateral <= REACH_FT + Math.max(0.0, t) * f.skill().sprintSpeedFtPerS();
    }
}
