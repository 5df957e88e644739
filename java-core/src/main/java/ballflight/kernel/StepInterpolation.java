package ballflight.kernel;

/**
 * Locating an event inside one RK4 step: a Hermite cubic through the step's end values and
 * h-scaled slopes, and the fraction of the step where it crosses a target. Shared by every Java
 * kernel (scalar and Vector API) and ported operation for operation to Rust (native-rust/src/kernel.rs),
 * so all of them interpolate end points, apex and fence height with the same bits.
 */
public final class StepInterpolation {
    private StepInterpolation() {
    }

    /** Hermite cubic on the unit step: value at {@code s} from end values and h-scaled slopes. */
    public static double hermite(double p0, double p1, double m0, double m1, double s) {
        double s2 = s * s;
        double s3 = s2 * s;
        return (2.0 * s3 - 3.0 * s2 + 1.0) * p0 + (s3 - 2.0 * s2 + s) * m0
                + (-2.0 * s3 + 3.0 * s2) * p1 + (s3 - s2) * m1;
    }

    static double hermiteSlope(double p0, double p1, double m0, double m1, double s) {
        double s2 = s * s;
        return (6.0 * s2 - 6.0 * s) * p0 + (3.0 * s2 - 4.0 * s + 1.0) * m0
                + (-6.0 * s2 + 6.0 * s) * p1 + (3.0 * s2 - 2.0 * s) * m1;
    }

    /**
     * Fraction of the step (0..1) where the Hermite cubic through (p0, p1) with h-scaled slopes
     * (m0, m1) equals {@code target}: linear guess, then a fixed number of Newton steps (fixed so
     * both kernels do the same operations).
     */
    public static double crossing(double p0, double p1, double m0, double m1, double target) {
        double s = (p0 - target) / (p0 - p1);
        s = clampUnit(s);
        for (int k = 0; k < NEWTON_ITERATIONS; k++) {
            double slope = hermiteSlope(p0, p1, m0, m1, s);
            if (slope == 0.0) {
                break;
            }
            s = clampUnit(s - (hermite(p0, p1, m0, m1, s) - target) / slope);
        }
        return s;
    }

    /** Fixed, so every kernel does the same operations. */
    public static final int NEWTON_ITERATIONS = 4;

    private static double clampUnit(double s) {
        if (!(s > 0.0)) {
            return 0.0;
        }
        return s < 1.0 ? s : 1.0;
    }
}
