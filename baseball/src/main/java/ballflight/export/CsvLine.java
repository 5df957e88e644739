package ballflight.export;

/**
 * Appends CSV fields to a buffer: text quoted only when it must be (RFC 4180), numbers with a
 * fixed number of decimals written without {@code String.format} (a season has ~720,000 rows),
 * NaN as an empty field. Locale-free: '.' is always the decimal point.
 */
final class CsvLine {
    private static final long[] POW10 = {1, 10, 100, 1000, 10_000, 100_000, 1_000_000};
    private final StringBuilder out;
    private boolean first = true;

    CsvLine(StringBuilder out) {
        this.out = out;
    }

    private StringBuilder next() {
        if (!first) {
            out.append(',');
        }
        first = false;
        return out;
    }

    CsvLine text(String s) {
        StringBuilder b = next();
        if (s == null) {
            return this;
        }
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            b.append(s);
        } else {
            b.append('"').append(s.replace("\"", "\"\"")).append('"');
        }
        return this;
    }

    CsvLine integer(long v) {
        next().append(v);
        return this;
    }

    CsvLine empty() {
        next();
        return this;
    }

    /** {@code v} rounded half away from zero to {@code decimals} (0-6) places; NaN gives an empty field. */
    CsvLine number(double v, int decimals) {
        StringBuilder b = next();
        appendFixed(b, v, decimals);
        return this;
    }

    static void appendFixed(StringBuilder b, double v, int decimals) {
        if (Double.isNaN(v)) {
            return;
        }
        long scaled = Math.round(Math.abs(v) * POW10[decimals]);
        if (v < 0 && scaled != 0) {
            b.append('-');
        }
        b.append(scaled / POW10[decimals]);
        if (decimals > 0) {
            b.append('.');
            long frac = scaled % POW10[decimals];
            for (long p = POW10[decimals - 1]; p > frac && p > 1; p /= 10) {
                b.append('0');
            }
            b.append(frac);
        }
    }

    /** Ends the row. */
    void end() {
        out.append('\n');
        first = true;
    }
}
