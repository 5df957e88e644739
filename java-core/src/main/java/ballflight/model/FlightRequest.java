package ballflight.model;

import java.util.Objects;

/**
 * One flight to integrate: where it starts and the air it flies through. Optional: a fence along
 * the spray line, and a stop plane {@code y = stopPlaneYFt} crossed going toward home plate
 * (used by pitches; {@code NaN} = none).
 *
 * @param start initial position, velocity and spin
 * @param atmosphere weather (air density)
 * @param wind wind
 * @param fence wall along the spray line, or {@code null}
 * @param stopPlaneYFt y of the stop plane in feet, or {@code NaN}
 */
public record FlightRequest(InitialState start, Atmosphere atmosphere, Wind wind, Fence fence,
                            double stopPlaneYFt) {

    public FlightRequest {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(atmosphere, "atmosphere");
        Objects.requireNonNull(wind, "wind");
        if (!Double.isNaN(stopPlaneYFt)) {
            InputField.POSITION.check(stopPlaneYFt);
        }
    }

    /** A batted ball on a standard day with no wind and no fence. */
    public static FlightRequest of(Launch launch) {
        return new FlightRequest(launch.toInitialState(), Atmosphere.STANDARD, Wind.CALM, null, Double.NaN);
    }

    public FlightRequest withAtmosphere(Atmosphere a) {
        return new FlightRequest(start, a, wind, fence, stopPlaneYFt);
    }

    public FlightRequest withWind(Wind w) {
        return new FlightRequest(start, atmosphere, w, fence, stopPlaneYFt);
    }

    public FlightRequest withFence(Fence f) {
        return new FlightRequest(start, atmosphere, wind, f, stopPlaneYFt);
    }

    public FlightRequest withStopPlaneYFt(double y) {
        return new FlightRequest(start, atmosphere, wind, fence, y);
    }
}
