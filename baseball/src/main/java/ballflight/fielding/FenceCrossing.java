package ballflight.fielding;

import ballflight.data.Park;
import ballflight.model.PathPoint;
import java.util.List;

/**
 * Where and when a flight first reaches a park's fence line. The fence is a curve (distance by
 * spray angle) with a height by section, so the ball is judged against the fence at the angle
 * where it actually crosses, which for a hooking or slicing ball is not the angle it left the bat
 * at. Found on the flight's sampled path: the first sample at or beyond the fence, interpolated
 * linearly back to the crossing (at 0.02 s samples that is within about 0.01 ft of the path).
 *
 * @param timeS time since contact, s
 * @param xFt crossing point x
 * @param yFt crossing point y
 * @param heightFt ball height there
 * @param vxFtPerS velocity x there (from the two samples around the crossing)
 * @param vyFtPerS velocity y there
 * @param vzFtPerS velocity z there (negative = falling)
 * @param wallHeightFt the wall's height at the crossing angle
 */
public record FenceCrossing(double timeS, double xFt, double yFt, double heightFt,
                            double vxFtPerS, double vyFtPerS, double vzFtPerS, double wallHeightFt) {

    /** The first crossing of the park's fence line, or null if the ball comes down short of it. */
    public static FenceCrossing find(List<PathPoint> path, Park park) {
        if (path.isEmpty()) {
            throw new IllegalArgumentException("the flight has no recorded path: fly it with a simulator that records one");
        }
        PathPoint prev = path.get(0);
        double gapPrev = beyondFenceFt(prev, park);
        for (int i = 1; i < path.size(); i++) {
            PathPoint p = path.get(i);
            double gap = beyondFenceFt(p, park);
            if (gap >= 0.0 && gapPrev < 0.0) {
                double s = gapPrev / (gapPrev - gap);
                double dt = p.timeS() - prev.timeS();
                double x = lerp(prev.xFt(), p.xFt(), s);
                double y = lerp(prev.yFt(), p.yFt(), s);
                double spray = Math.toDegrees(Math.atan2(x, y));
                return new FenceCrossing(lerp(prev.timeS(), p.timeS(), s), x, y, lerp(prev.zFt(), p.zFt(), s),
                        (p.xFt() - prev.xFt()) / dt, (p.yFt() - prev.yFt()) / dt, (p.zFt() - prev.zFt()) / dt,
                        park.wallHeightFt(spray));
            }
            prev = p;
            gapPrev = gap;
        }
        return null;
    }

    /** How far beyond the fence line a point is (negative = in front of it). */
    private static double beyondFenceFt(PathPoint p, Park park) {
        double r = Math.hypot(p.xFt(), p.yFt());
        return r - park.fenceDistanceFt(Math.toDegrees(Math.atan2(p.xFt(), p.yFt())));
    }

    private static double lerp(double a, double b, double s) {
        return a + (b - a) * s;
    }

    /** Spray angle of the crossing point (0 = center, + toward right field). */
    public double sprayDeg() {
        return Math.toDegrees(Math.atan2(xFt, yFt));
    }

    /** Distance from home plate to the crossing point: the fence distance at {@link #sprayDeg()}. */
    public double distanceFt() {
        return Math.hypot(xFt, yFt);
    }

    /** Over the wall where it crossed. */
    public boolean clears() {
        return heightFt > wallHeightFt;
    }

    /** Between the foul poles (a ball that crosses outside them is foul, over the wall or not). */
    public boolean fair() {
        return Math.abs(sprayDeg()) <= 45.0;
    }
}
