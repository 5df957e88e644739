package ballflight.cli;

import ballflight.model.Atmosphere;
import ballflight.model.Fence;
import ballflight.model.FlightRequest;
import ballflight.model.InputException;
import ballflight.model.InputField;
import ballflight.model.Launch;
import ballflight.model.Wind;
import java.util.List;

/**
 * The user-settable values of one batted ball, keyed by {@link InputField}: the same set for
 * command-line options and CSV columns. Unset fields take the model's defaults (standard day,
 * no wind, no spin, 3 ft contact height); the fence exists only when both its fields are set.
 */
final class FlightInputs {
    /** Fields a user may give, in CSV-column order. */
    static final List<InputField> ACCEPTED = List.of(
            InputField.EXIT_VELOCITY, InputField.LAUNCH_ANGLE, InputField.SPRAY_ANGLE,
            InputField.BACKSPIN, InputField.SIDESPIN, InputField.TEMPERATURE, InputField.ELEVATION,
            InputField.WIND_SPEED, InputField.WIND_DIRECTION, InputField.PRESSURE, InputField.HUMIDITY,
            InputField.CONTACT_HEIGHT, InputField.FENCE_DISTANCE, InputField.FENCE_HEIGHT);

    /** Fields without a default. */
    static final List<InputField> REQUIRED = List.of(InputField.EXIT_VELOCITY, InputField.LAUNCH_ANGLE);

    /** {@link #ACCEPTED} by ordinal. */
    private static final boolean[] IS_ACCEPTED = new boolean[InputField.values().length];

    static {
        for (InputField f : ACCEPTED) {
            IS_ACCEPTED[f.ordinal()] = true;
        }
    }

    // By ordinal, with a flag per field: one copy per row of an input file, so arrays, not a map.
    private final double[] values;
    private final boolean[] set;

    FlightInputs() {
        values = new double[IS_ACCEPTED.length];
        set = new boolean[IS_ACCEPTED.length];
    }

    FlightInputs(FlightInputs other) {
        values = other.values.clone();
        set = other.set.clone();
    }

    /** Sets a field after checking it is accepted and in range. */
    FlightInputs set(InputField field, double value) {
        if (!IS_ACCEPTED[field.ordinal()]) {
            throw new IllegalArgumentException(field + " is not a flight input");
        }
        values[field.ordinal()] = field.check(value);
        set[field.ordinal()] = true;
        return this;
    }

    boolean has(InputField field) {
        return set[field.ordinal()];
    }

    /** Builds the request; throws an {@link InputException} naming the field that is missing. */
    FlightRequest toRequest() {
        for (InputField f : REQUIRED) {
            if (!has(f)) {
                throw new InputException(f.column(), f.column() + " is required: allowed "
                        + Numbers.plain(f.min()) + " to " + Numbers.plain(f.max()) + " " + f.unit());
            }
        }
        Launch launch = new Launch(value(InputField.EXIT_VELOCITY), value(InputField.LAUNCH_ANGLE),
                value(InputField.SPRAY_ANGLE), value(InputField.BACKSPIN), value(InputField.SIDESPIN),
                value(InputField.CONTACT_HEIGHT));
        Atmosphere air = new Atmosphere(value(InputField.TEMPERATURE), value(InputField.ELEVATION),
                value(InputField.PRESSURE), value(InputField.HUMIDITY));
        Wind wind = Wind.of(value(InputField.WIND_SPEED), value(InputField.WIND_DIRECTION));
        return FlightRequest.of(launch).withAtmosphere(air).withWind(wind).withFence(fence());
    }

    private Fence fence() {
        boolean distance = has(InputField.FENCE_DISTANCE);
        boolean height = has(InputField.FENCE_HEIGHT);
        if (distance != height) {
            InputField missing = distance ? InputField.FENCE_HEIGHT : InputField.FENCE_DISTANCE;
            throw new InputException(missing.column(), missing.column() + " is missing: "
                    + InputField.FENCE_DISTANCE.column() + " and " + InputField.FENCE_HEIGHT.column()
                    + " go together");
        }
        return distance ? new Fence(value(InputField.FENCE_DISTANCE), value(InputField.FENCE_HEIGHT)) : null;
    }

    /** The value set, else the model's default (NaN for fields without one). */
    double value(InputField field) {
        return has(field) ? values[field.ordinal()] : defaultValue(field);
    }

    /** The model's defaults: standard day, calm, no spin, center, 3 ft contact height. */
    static double defaultValue(InputField field) {
        return switch (field) {
            case SPRAY_ANGLE, BACKSPIN, SIDESPIN -> 0.0;
            case CONTACT_HEIGHT -> Launch.DEFAULT_CONTACT_HEIGHT_FT;
            case TEMPERATURE -> Atmosphere.STANDARD.temperatureF();
            case ELEVATION -> Atmosphere.STANDARD.elevationFt();
            case PRESSURE -> Atmosphere.STANDARD.pressureInHg();
            case HUMIDITY -> Atmosphere.STANDARD.relativeHumidityPct();
            case WIND_SPEED -> Wind.CALM.speedMph();
            case WIND_DIRECTION -> Wind.CALM.directionDeg();
            default -> Double.NaN;
        };
    }

    /** Two lines for people: the ball, then the air and the wall. */
    List<String> describe() {
        String ball = String.format(java.util.Locale.ROOT,
                "ball:    %s mph at %s deg, spray %s deg, backspin %s rpm, sidespin %s rpm, contact %s ft",
                plain(InputField.EXIT_VELOCITY), plain(InputField.LAUNCH_ANGLE), plain(InputField.SPRAY_ANGLE),
                plain(InputField.BACKSPIN), plain(InputField.SIDESPIN), plain(InputField.CONTACT_HEIGHT));
        String air = String.format(java.util.Locale.ROOT,
                "air:     %s F, elevation %s ft, %s inHg, %s %% humidity; wind %s mph toward %s deg%s",
                plain(InputField.TEMPERATURE), plain(InputField.ELEVATION), plain(InputField.PRESSURE),
                plain(InputField.HUMIDITY), plain(InputField.WIND_SPEED), plain(InputField.WIND_DIRECTION),
                has(InputField.FENCE_DISTANCE) ? "; fence " + plain(InputField.FENCE_HEIGHT) + " ft high at "
                        + plain(InputField.FENCE_DISTANCE) + " ft" : "");
        return List.of(ball, air);
    }

    private String plain(InputField field) {
        return Numbers.plain(value(field));
    }
}
