package ballflight.kernel;

/**
 * {@code pow} built from + - * / and exact exponent manipulation only, so the Java and Rust
 * kernels get the same bits (libm's and the JDK's pow may differ in the last bit). Used for the
 * wind-shear power law inside the step. Relative error below 1e-15 for the ranges used here.
 *
 * <p>{@code x^a = 2^(a log2 x)}; {@code ln m = 2 atanh((m-1)/(m+1))} for {@code m} in
 * [sqrt(1/2), sqrt(2)) as an odd series to u^27, and {@code 2^f = e^(f ln 2)} for
 * {@code |f| <= 1/2} as a Taylor series to degree 20.
 */
public final class DeterministicMath {
    public static final double SQRT2 = 1.4142135623730951;
    public static final double LN2 = 0.6931471805599453;
    public static final double LOG2_E = 1.4426950408889634;
    public static final int LOG_TERMS = 14;
    public static final int EXP_TERMS = 20;

    private DeterministicMath() {
    }

    /** {@code x^a} for finite {@code x > 0} and finite {@code a}, result in the normal range. */
    public static double pow(double x, double a) {
        return exp2(a * log2(x));
    }

    static double log2(double x) {
        int e = Math.getExponent(x);
        double m = Math.scalb(x, -e);
        if (m > SQRT2) {
            m = m * 0.5;
            e = e + 1;
        }
        double u = (m - 1.0) / (m + 1.0);
        double u2 = u * u;
        double series = 1.0 / (2 * LOG_TERMS + 1);
        for (int k = LOG_TERMS - 1; k >= 0; k--) {
            series = 1.0 / (2 * k + 1) + u2 * series;
        }
        double lnM = 2.0 * u * series;
        return e + lnM * LOG2_E;
    }

    static double exp2(double y) {
        double n = Math.rint(y);
        double g = (y - n) * LN2;
        double r = 1.0;
        for (int k = EXP_TERMS; k >= 1; k--) {
            r = 1.0 + g * r / k;
        }
        return Math.scalb(r, (int) n);
    }
}
