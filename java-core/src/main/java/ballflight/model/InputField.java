package ballflight.model;

import java.util.Locale;
import java.util.regex.Pattern;

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

    /**
     * Plain decimal numbers only (optional sign, digits, point, exponent). Java's parser would
     * also take "100f", hex floats and "NaN"; NaN and Infinity are named as out of range.
     */
    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?|[+-]?(?:NaN|Infinity)");

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
        if (!DECIMAL.matcher(trimmed).matches()) {
            throw new InputException(column, String.format(Locale.ROOT,
                    "%s = '%s' is not a number: allowed %s to %s%s", column, trimmed,
                    format(min), format(max), unit.isEmpty() ? "" : " " + unit));
        }
        return check(Double.parseDouble(trimmed));
    }

    private static String format(double v) {
        if (v == Math.rint(v) && !Double.isInfinite(v)) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
