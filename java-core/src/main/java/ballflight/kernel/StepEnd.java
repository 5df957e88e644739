package ballflight.kernel;

import ballflight.model.EndReason;

/**
 * The end-of-step checks every Java kernel makes after one RK4 step of length h from state 0
 * (start) to state 1 (end): does the flight reach the stop plane or the ground inside the step,
 * and which first; does it pass its apex before that; and the end point interpolated at that
 * fraction of the step. Shared by {@link JavaFlightKernel} and java-simd (for a lane whose step
 * raised an event), so both make the same operations in the same order, as
 * native-rust/src/kernel.rs does, and keep the same bits.
 *
 * <p>One instance per integrator (so per thread), reused for every step: results stay in fields
 * and a step allocates nothing. Call {@link #find} first; {@link #apex} and {@link #interpolate}
 * use the fraction it found.
 */
public final class StepEnd {
    /** Fraction reported when the flight does not end inside the step (above any real fraction). */
    public static final double NONE = 2.0;

    private double h;
    private double fraction = NONE;
    private EndReason reason = EndReason.TIMEOUT;
    private double apexT;
    private double apexZ;
    private double endT;
    private double endX;
    private double endY;
    private double endZ;
    private double endVx;
    private double endVy;
    private double endVz;

    /** @param dtSeconds the RK4 step of the call */
    public void configure(double dtSeconds) {
        h = dtSeconds;
    }

    /**
     * Where in the step the flight ends: the plate plane (y falls to {@code planeY}) or the ground
     * (z falls to 0), whichever comes first, the plane on a tie. Sets {@link #reason()}
     * ({@link EndReason#TIMEOUT} when neither is reached).
     *
     * @return the fraction of the step (0..1), or {@link #NONE}
     */
    public double find(double planeY, double y0, double y1, double vy0, double vy1, double z0, double z1, double vz0,
                       double vz1) {
        double end = NONE;
        EndReason why = EndReason.TIMEOUT;
        if (y0 > planeY && y1 <= planeY) {
            end = StepInterpolation.crossing(y0, y1, h * vy0, h * vy1, planeY);
            why = EndReason.PLANE;
        }
        if (z1 <= 0.0) {
            double s = StepInterpolation.crossing(z0, z1, h * vz0, h * vz1, 0.0);
            if (s < end) {
                end = s;
                why = EndReason.GROUND;
            }
        }
        fraction = end;
        reason = why;
        return end;
    }

    /**
     * Whether vz turns from up to down inside the step, no later than the end {@link #find} found;
     * if so {@link #apexT()} and {@link #apexZ()} hold the apex (at linear vz = 0).
     *
     * @param t time at the start of the step
     */
    public boolean apex(double t, double z0, double z1, double vz0, double vz1) {
        if (vz0 > 0.0 && vz1 <= 0.0) {
            double s = vz0 / (vz0 - vz1);
            if (s <= fraction) {
                apexT = t + s * h;
                apexZ = StepInterpolation.hermite(z0, z1, h * vz0, h * vz1, s);
                return true;
            }
        }
        return false;
    }

    /**
     * The end point at the fraction {@link #find} found (which must be at most 1): position on
     * the Hermite cubic (z exactly 0 on the ground), velocity linear.
     *
     * @param t time at the start of the step
     */
    public void interpolate(double t, double x0, double x1, double vx0, double vx1, double y0, double y1, double vy0,
                            double vy1, double z0, double z1, double vz0, double vz1) {
        double s = fraction;
        endT = t + s * h;
        endX = StepInterpolation.hermite(x0, x1, h * vx0, h * vx1, s);
        endY = StepInterpolation.hermite(y0, y1, h * vy0, h * vy1, s);
        endZ = reason == EndReason.GROUND ? 0.0 : StepInterpolation.hermite(z0, z1, h * vz0, h * vz1, s);
        endVx = vx0 + s * (vx1 - vx0);
        endVy = vy0 + s * (vy1 - vy0);
        endVz = vz0 + s * (vz1 - vz0);
    }

    public EndReason reason() {
        return reason;
    }

    public double apexT() {
        return apexT;
    }

    public double apexZ() {
        return apexZ;
    }

    public double endT() {
        return endT;
    }

    public double endX() {
        return endX;
    }

    public double endY() {
        return endY;
    }

    public double endZ() {
        return endZ;
    }

    public double endVx() {
        return endVx;
    }

    public double endVy() {
        return endVy;
    }

    public double endVz() {
        return endVz;
    }
}
