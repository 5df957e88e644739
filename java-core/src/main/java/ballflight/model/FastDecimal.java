package ballflight.model;

/**
 * {@link Double#parseDouble} for the plain decimals input files are made of ({@code 85.7},
 * {@code -12}, {@code 2779}), without its general algorithm. A decimal of at most 15 digits with
 * at most 22 after the point is an integer below 2^53 over a power of ten below 2^76, both exact
 * doubles, so one IEEE division rounds it correctly: the same double as parseDouble (Clinger's
 * fast path). Anything else (exponents, more digits, NaN, Infinity) goes to parseDouble.
 */
public final class FastDecimal {
    private static final double[] POWERS = new double[23];

    static {
        POWERS[0] = 1.0;
        for (int i = 1; i < POWERS.length; i++) {
            POWERS[i] = POWERS[i - 1] * 10.0; // exact up to 10^22
        }
    }

    private FastDecimal() {
    }

    /** The double {@code Double.parseDouble(text)} gives; the same exceptions for bad text. */
    public static double parse(String text) {
        int n = text.length();
        int i = 0;
        boolean negative = false;
        if (n > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+')) {
            negative = text.charAt(0) == '-';
            i = 1;
        }
        long units = 0;
        int digits = 0;
        int fractionDigits = -1;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                units = units * 10 + (c - '0');
                digits++;
                if (fractionDigits >= 0) {
                    fractionDigits++;
                }
            } else if (c == '.' && fractionDigits < 0) {
                fractionDigits = 0;
            } else {
                return Double.parseDouble(text);
            }
        }
        if (digits == 0 || digits > 15) {
            return Double.parseDouble(text);
        }
        double value = fractionDigits > 0 ? units / POWERS[fractionDigits] : units;
        return negative ? -value : value;
    }
}
