package ballflight.cli;

import ballflight.units.Decimals;
import java.util.Locale;

/** Number formatting shared by every output format (always {@link Locale#ROOT}: a dot, no grouping). */
final class Numbers {
    private Numbers() {
    }

    /**
     * {@code String.valueOf(Decimals.round(value, decimals))}, without {@link Double#toString}'s general
     * algorithm where it is not needed: see {@link #appendRounded}.
     */
    static String roundedText(double value, int decimals) {
        return appendRounded(new StringBuilder(24), value, decimals).toString();
    }

    /**
     * Appends {@code String.valueOf(Decimals.round(value, decimals))} to {@code text}. A rounded value in
     * [0.001, 10^7) with at most 15 significant digits is printed from its integer digits: no other
     * decimal of 15 digits or fewer maps to the same double, so these are exactly the shortest
     * digits Double.toString picks (NumbersTest checks this against it over millions of values).
     * Everything else goes to Double.toString.
     */
    static StringBuilder appendRounded(StringBuilder text, double value, int decimals) {
        double rounded = Decimals.round(value, decimals);
        double magnitude = Math.abs(rounded);
        if (decimals < 0 || decimals >= POWERS.length || !(magnitude >= 1e-3 && magnitude < 1e7)) {
            return text.append(rounded);
        }
        long scale = POWERS[decimals];
        long units = Math.round(rounded * scale);
        if (Math.abs(units) >= 1_000_000_000_000_000L || (double) units / scale != rounded) {
            return text.append(rounded);
        }
        if (units < 0) {
            text.append('-');
            units = -units;
        }
        text.append(units / scale).append('.');
        long fraction = units % scale;
        if (fraction == 0) {
            return text.append('0');
        }
        int digits = decimals;
        while (fraction % 10 == 0) {
            fraction /= 10;
            digits--;
        }
        int end = text.length() + digits;
        text.setLength(end);
        for (int i = end - 1; i >= end - digits; i--) {
            text.setCharAt(i, (char) ('0' + fraction % 10));
            fraction /= 10;
        }
        return text;
    }

    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    /** Fixed decimals, e.g. {@code fixed(398.71, 1) = "398.7"}; "-0.0" never appears. */
    static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", Decimals.round(value, decimals));
    }

    /** Shortest form: {@code 150} rather than {@code 150.0}. */
    static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
