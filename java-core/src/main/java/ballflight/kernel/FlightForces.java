package ballflight.kernel;

import ballflight.model.DragModel;

/**
 * The flight model as the Java kernels evaluate it: batch-wide constants, the per-flight constants
 * of the flight being integrated, and the acceleration at a state. Shared by the fixed-step RK4
 * integrator and tolerance stepping so both evaluate the same operations in the same order (as
 * native-rust/src/kernel.rs does), and keep the same bits.
 */
final class FlightForces {
    private double gravity;
    private double radius;
    private double cd0;
    private double cdSpin;
    private double cl0;
    private double cl1;
    private double cl2;
    private double shearMinHeight;
    private boolean crisis;
    private double crisisCdDelta;
    private double crisisSpeed;
    private double crisisExpScale;
    private CoefficientTable table;

    // Per-flight constants.
    private double dragK;
    private double windX;
    private double windY;
    private double shearExponent;
    private double shearReference;
    private double axisX;
    private double axisY;
    private double axisZ;
    private double omega0;

    // Output of accel().
    double ax;
    double ay;
    double az;

    /** Loads the batch-wide constants; called once per kernel call. */
    void configure(KernelParams p) {
        gravity = p.gravity();
        radius = p.radius();
        cd0 = p.cd0();
        cdSpin = p.cdSpinPerRadPerS();
        cl0 = p.cl0();
        cl1 = p.cl1();
        cl2 = p.cl2();
        shearMinHeight = p.shearMinHeight();
        crisis = p.dragModel() == DragModel.CRISIS.id();
        crisisCdDelta = p.crisisCdDelta();
        crisisSpeed = p.crisisSpeed();
        crisisExpScale = p.crisisExpScale();
        table = p.table();
    }

    /** Loads the per-flight constants of flight {@code i}: air, wind and the spin axis. */
    void load(FlightBatch b, int i) {
        double sx = b.get(BatchColumn.SPIN_X, i);
        double sy = b.get(BatchColumn.SPIN_Y, i);
        double sz = b.get(BatchColumn.SPIN_Z, i);
        dragK = b.get(BatchColumn.DRAG_K, i);
        windX = b.get(BatchColumn.WIND_X, i);
        windY = b.get(BatchColumn.WIND_Y, i);
        shearExponent = b.get(BatchColumn.SHEAR_EXPONENT, i);
        shearReference = b.get(BatchColumn.SHEAR_REFERENCE_HEIGHT, i);
        omega0 = Math.sqrt(sx * sx + sy * sy + sz * sz);
        if (omega0 > 0.0) {
            axisX = sx / omega0;
            axisY = sy / omega0;
            axisZ = sz / omega0;
        } else {
            axisX = 0.0;
            axisY = 0.0;
            axisZ = 0.0;
        }
    }

    // Per-stage constants of a spin factor s (spin = omega0 * s), evaluated once per distinct
    // spin factor so they stay off the step's dependency chain.

    /** Drag factor {@code k Cd}. */
    double dragCd(double s) {
        return dragK * (cd0 + cdSpin * (omega0 * s));
    }

    /** Lift numerator {@code k cl2 r omega}; 0 without spin (no lift). */
    double liftNum(double s) {
        double omega = omega0 * s;
        return omega > 0.0 ? dragK * cl2 * (radius * omega) : 0.0;
    }

    /** Grid spin coordinate of the drag table; 0 without a table. */
    double spinPos(double s) {
        return table == null ? 0.0 : table.spinPosition(omega0 * s);
    }

    /** Lift denominator offset {@code cl1 r omega}. */
    double liftOffset(double s) {
        return cl1 * (radius * (omega0 * s));
    }

    /**
     * Acceleration at height z and velocity v: gravity, drag {@code -k Cd |v_r| v_r}, Magnus
     * {@code k CL |v_r|^2} along the unit vector of {@code c = axis x v_r}, with v_r the velocity
     * relative to the air and {@code k = rho A / 2m}. Only the spin across v_r makes Magnus force:
     * {@code CL} takes {@code S = r omega_t / V}, {@code omega_t = omega |c| / V}, so the force fades
     * to nothing as the axis turns into the flight line (it used the total spin until 2026-12-07, and
     * its direction flipped there; docs/PHYSICS.md).
     *
     * <p>Written for a short dependency chain: {@code CL V^2 / |c| = cl2 r omega V^2 / (cl0 V^2 +
     * cl1 r omega |c|)}, with no division by V or by |c|.
     */
    void accel(double z, double vx, double vy, double vz, double dragCd, double liftNum,
                       double liftOffset, double spinPos) {
        double wx = windX;
        double wy = windY;
        if (shearExponent != 0.0) {
            double h = z > shearMinHeight ? z : shearMinHeight;
            double f = DeterministicMath.pow(h / shearReference, shearExponent);
            wx = wx * f;
            wy = wy * f;
        }
        double rx = vx - wx;
        double ry = vy - wy;
        double rz = vz;
        double v2 = rx * rx + ry * ry + rz * rz;
        double kd;
        if (table != null) {
            // Table form of the crisis law: k Cd(V, omega), Cd bilinear on the grid.
            double v = Math.sqrt(v2);
            kd = dragK * table.interpolate(v, spinPos) * v;
        } else if (crisis) {
            // Drag crisis: k (Cd + delta / (1 + e^((V - Vc) / w))), e^x as exact-port 2^(x log2 e).
            double v = Math.sqrt(v2);
            double step = DeterministicMath.exp2((v - crisisSpeed) * crisisExpScale);
            kd = (dragCd + dragK * crisisCdDelta / (1.0 + step)) * v;
        } else {
            kd = dragCd * Math.sqrt(v2);
        }
        // Lift direction: unit vector of (axis x v_r).
        double cx = axisY * rz - axisZ * ry;
        double cy = axisZ * rx - axisX * rz;
        double cz = axisX * ry - axisY * rx;
        double cn2 = cx * cx + cy * cy + cz * cz;
        double kl = 0.0;
        if (liftNum != 0.0 && cn2 > 0.0) {
            kl = liftNum * v2 / (cl0 * v2 + liftOffset * Math.sqrt(cn2));
        }
        ax = kl * cx - kd * rx;
        ay = kl * cy - kd * ry;
        az = kl * cz - (kd * rz + gravity);
    }
}
