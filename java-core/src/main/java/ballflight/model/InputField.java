package ballflight.model;

import java.util.Locale;

/**
 * Every user-settable input with its external name, unit and allowed range. Validation lives
 * here once, so the CLI, the CSV reader and the Java API give the same message for the same
 * mistake.
 */
public enum InputField {
    EXIT_VELOCITY("exit_velocity_mph", "mph", 0, 150),
    LAUNCH_ANGLE("launch_angle_deg", "deg", -90, 90),
    SPRAY_ANGLE("spray_angle_deg", "deg", -180, 180),
    BACKSPIN("backspin_rpm", "rpm", -6000, 6000),
    SIDESPIN("sidespin_rpm", "rpm", -6000, 6000),
    CONTACT_HEIGHT("contact_height_ft", "ft", 0, 20),
    TEMPERATURE("temperature_f", "F", -60, 140),
    ELEVATION("elevation_ft", "ft", -1500, 15000),
    PRESSURE("pressure_inhg", "inHg", 20, 33),
    HUMIDITY("humidity_pct", "%", 0, 100),
    WIND_SPEED("wind_speed_mph", "mph", 0, 100),
    WIND_DIRECTION("wind_direction_deg", "deg", -360, 360),
    WIND_SHEAR_EXPONENT("wind_shear_exponent", "", 0, 1),
    WIND_REFERENCE_HEIGHT("wind_reference_height_ft", "ft", 1, 1000),
    FENCE_DISTANCE("fence_distance_ft", "ft", 1, 1000),
    FENCE_HEIGHT("fence_height_ft", "ft", 0, 200),
    SPIN_COMPONENT("spin_rad_per_s", "rad/s", -700, 700),
    POSITION("position_ft", "ft", -1000, 1000),
    SPEED("velocity_mph", "mph", -150, 150);


    private final String column;
    private final String unit;
    private final double min;
    private final double max;

    InputField(String column, String unit, double min, double max) {
        this.column = column;
        this.unit = unit;
        this.min = min;
        this.max = max;
    }

    /** External name: CSV column, JSON key, and the name used in error messages. */
    public String column() {
        return column;
    }

    public String unit() {
        return unit;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** Returns {@code value} or throws an {@link InputException} naming this field and its range. */
    public double check(double value) {
        if (Double.isNaN(value) || value < min || value > max) {
            throw new InputException(column, String.format(Locale.ROOT,
                    "%s = %s is out of range: allowed %s to %s%s", column, format(value),
                    format(min), format(max), unit.isEmpty() ? "" : " " + unit));
        }
        return value;
    }

    /** Parses a user string for this field, with the same error style for non-numbers. */
    public double parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (!isPlainDecimal(trimmed)) {
            throw new InputException(column, String.format(Locale.ROOT,
                    "%s = '%s' is not a number: allowed %s to %s%s", column, trimmed,
                    format(min), format(max), unit.isEmpty() ? "" : " " + unit));
        }
        return check(FastDecimal.parse(trimmed));
    }

    /**
     * Plain decimal numbers only: optional sign, then digits with an optional point and digits (at
     * least one digit in all), then an optional exponent; or NaN / Infinity with an optional sign
     * (named as out of range afterwards). Java's parser would also take "100f" and hex floats. A
     * scan, not a regular expression: `fly --input` checks every field of every row.
     */
    static boolean isPlainDecimal(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        if (s.startsWith("NaN", i) && i + 3 == n || s.startsWith("Infinity", i) && i + 8 == n) {
            return true;
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponent = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                exponent++;
            }
            if (exponent == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String format(double v) {
        if (v == Math.rint(v) && !Double.isInfinite(v)) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
