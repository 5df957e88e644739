package ballflight.simd;

/**
 * End-point interpolation inside one RK4 step, for one finished lane. The same operations in the
 * same order as {@code JavaFlightKernel.hermite/hermiteSlope/crossing}: those are package-private
 * in {@code ballflight.kernel} and this module must not widen java-core's API, so the few lines
 * are repeated here; the parity test compares every output bit with the scalar kernel, so any
 * drift between the two fails the build.
 */
final class StepInterpolation {
    /** Must equal {@code JavaFlightKernel.NEWTON_ITERATIONS}. */
    static final int NEWTON_ITERATIONS = 4;

    private StepInterpolation() {
    }

    /** Hermite cubic on the unit step: value at {@code s} from end values and h-scaled slopes. */
    static double hermite(double p0, double p1, double m0, double m1, double s) {
        double s2 = s * s;
        double s3 = s2 * s;
        return (2.0 * s3 - 3.0 * s2 + 1.0) * p0 + (s3 - 2.0 * s2 + s) * m0
                + (-2.0 * s3 + 3.0 * s2) * p1 + (s3 - s2) * m1;
    }

    private static double hermiteSlope(double p0, double p1, double m0, double m1, double s) {
        double s2 = s * s;
        return (6.0 * s2 - 6.0 * s) * p0 + (3.0 * s2 - 4.0 * s + 1.0) * m0
                + (-6.0 * s2 + 6.0 * s) * p1 + (3.0 * s2 - 2.0 * s) * m1;
    }

    /** Fraction of the step (0..1) where the cubic equals {@code target}: linear guess, fixed Newton steps. */
    static double crossing(double p0, double p1, double m0, double m1, double target) {
        double s = clampUnit((p0 - target) / (p0 - p1));
        for (int k = 0; k < NEWTON_ITERATIONS; k++) {
            double slope = hermiteSlope(p0, p1, m0, m1, s);
            if (slope == 0.0) {
                break;
            }
            s = clampUnit(s - (hermite(p0, p1, m0, m1, s) - target) / slope);
        }
        return s;
    }

    private static double clampUnit(double s) {
        if (!(s > 0.0)) {
            return 0.0;
        }
        return s < 1.0 ? s : 1.0;
    }
}
