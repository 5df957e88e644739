package ballflight.season;

/**
 * What a fidelity row should reach (issue 12's targets, for full seasons): a minimum correlation, a
 * slope band, a band for a single value; NaN bounds are not checked.
 */
public record FidelityTarget(double minR, double slopeLow, double slopeHigh, double valueLow, double valueHigh) {
    static final FidelityTarget NONE = new FidelityTarget(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    static FidelityTarget r(double minR) {
        return new FidelityTarget(minR, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    static FidelityTarget rAndSlope(double minR, double slopeLow, double slopeHigh) {
        return new FidelityTarget(minR, slopeLow, slopeHigh, Double.NaN, Double.NaN);
    }

    static FidelityTarget value(double low, double high) {
        return new FidelityTarget(Double.NaN, Double.NaN, Double.NaN, low, high);
    }

    public boolean isSet() {
        return !(Double.isNaN(minR) && Double.isNaN(slopeLow) && Double.isNaN(valueLow) && Double.isNaN(valueHigh));
    }

    /** Whether a row's figures meet every bound that is set (an undefined figure does not). */
    public boolean heldBy(FidelityRow row) {
        return atLeast(row.r(), minR) && atLeast(row.slope(), slopeLow) && atMost(row.slope(), slopeHigh)
                && atLeast(row.value(), valueLow) && atMost(row.value(), valueHigh);
    }

    private static boolean atLeast(double v, double bound) {
        return Double.isNaN(bound) || v >= bound;
    }

    private static boolean atMost(double v, double bound) {
        return Double.isNaN(bound) || v <= bound;
    }

    /** e.g. {@code r >= 0.85, slope 0.85-1.15} or {@code 10-13.5}; empty when nothing is set. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        if (!Double.isNaN(minR)) {
            s.append("r >= ").append(plain(minR));
        }
        if (!Double.isNaN(slopeLow)) {
            s.append(s.isEmpty() ? "" : ", ").append("slope ").append(plain(slopeLow)).append('-').append(plain(slopeHigh));
        }
        if (!Double.isNaN(valueLow) || !Double.isNaN(valueHigh)) {
            s.append(s.isEmpty() ? "" : ", ");
            if (Double.isNaN(valueLow) || valueLow == Double.NEGATIVE_INFINITY) {
                s.append("<= ").append(plain(valueHigh));
            } else if (valueLow == valueHigh) {
                s.append("= ").append(plain(valueLow));
            } else {
                s.append(plain(valueLow)).append('-').append(plain(valueHigh));
            }
        }
        return s.toString();
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
