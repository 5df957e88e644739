package ballflight.cli;

import ballflight.model.Atmosphere;
import ballflight.model.Fence;
import ballflight.model.FlightRequest;
import ballflight.model.InputException;
import ballflight.model.InputField;
import ballflight.model.Launch;
import ballflight.model.Wind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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

    private final Map<InputField, Double> values = new EnumMap<>(InputField.class);

    FlightInputs() {
    }

    FlightInputs(FlightInputs other) {
        values.putAll(other.values);
    }

    /** Sets a field after checking it is accepted and in range. */
    FlightInputs set(InputField field, double value) {
        if (!ACCEPTED.contains(field)) {
            throw new IllegalArgumentException(field + " is not a flight input");
        }
        values.put(field, field.check(value));
        return this;
    }

    boolean has(InputField field) {
        return values.containsKey(field);
    }

    /** Builds the request; throws an {@link InputException} naming the field that is missing. */
    FlightRequest toRequest() {
        for (InputField f : REQUIRED) {
            if (!has(f)) {
                throw new InputException(f.column(), f.column() + " is required: allowed "
                        + Numbers.plain(f.min()) + " to " + Numbers.plain(f.max()) + " " + f.unit());
            }
        }
        Launch launch = new Launch(values.get(InputField.EXIT_VELOCITY), values.get(InputField.LAUNCH_ANGLE),
                get(InputField.SPRAY_ANGLE, 0.0), get(InputField.BACKSPIN, 0.0), get(InputField.SIDESPIN, 0.0),
                get(InputField.CONTACT_HEIGHT, Launch.DEFAULT_CONTACT_HEIGHT_FT));
        Atmosphere standard = Atmosphere.STANDARD;
        Atmosphere air = new Atmosphere(get(InputField.TEMPERATURE, standard.temperatureF()),
                get(InputField.ELEVATION, standard.elevationFt()), get(InputField.PRESSURE, standard.pressureInHg()),
                get(InputField.HUMIDITY, standard.relativeHumidityPct()));
        Wind wind = Wind.of(get(InputField.WIND_SPEED, Wind.CALM.speedMph()),
                get(InputField.WIND_DIRECTION, Wind.CALM.directionDeg()));
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
        return distance ? new Fence(values.get(InputField.FENCE_DISTANCE), values.get(InputField.FENCE_HEIGHT)) : null;
    }

    private double get(InputField field, double fallback) {
        return values.getOrDefault(field, fallback);
    }
}
