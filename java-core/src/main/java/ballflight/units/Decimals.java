package ballflight.units;

/** Rounding for output: one rule for every report (CLI text, CSV and JSON; projections). */
public final class Decimals {
    private Decimals() {
    }

    /** Rounds half up to {@code decimals} places; never returns -0.0; NaN and infinities stay as they are. */
    public static double round(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return value;
        }
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale + 0.0;
    }
}
