package ballflight.cli;

import java.util.Locale;

/** Number formatting shared by every output format (always {@link Locale#ROOT}: a dot, no grouping). */
final class Numbers {
    private Numbers() {
    }

    /** Rounds half away from zero to {@code decimals}; never returns -0.0. */
    static double round(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return value;
        }
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale + 0.0;
    }

    /** Fixed decimals, e.g. {@code fixed(398.71, 1) = "398.7"}; "-0.0" never appears. */
    static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", round(value, decimals));
    }

    /** Shortest form: {@code 150} rather than {@code 150.0}. */
    static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
