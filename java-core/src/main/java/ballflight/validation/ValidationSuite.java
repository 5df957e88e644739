package ballflight.validation;

import ballflight.engine.FlightSimulator;
import ballflight.model.Atmosphere;
import ballflight.model.FlightRequest;
import ballflight.model.Launch;
import ballflight.model.Wind;
import java.util.ArrayList;
import java.util.List;

/**
 * The relationships every backend and mode must reproduce (70 °F, sea level unless stated).
 * Targets come from the spine issue; the wind checks use the rule of thumb of roughly 3-4 ft
 * of carry per mph of wind for a 400 ft fly ball (A. Nathan), i.e. about 35 ft for 10 mph.
 */
public final class ValidationSuite {
    private static final Launch REFERENCE = Launch.of(100, 28).withBackspinRpm(1800);

    private ValidationSuite() {
    }

    public static List<ValidationCheck> run(FlightSimulator sim) {
        double base = distance(sim, FlightRequest.of(REFERENCE));
        List<ValidationCheck> checks = new ArrayList<>();
        checks.add(new ValidationCheck("100 mph, 28 deg, 1800 rpm backspin: distance", 400, 15, base, "ft"));
        checks.add(new ValidationCheck("same ball at 5200 ft elevation: extra distance", 30, 10,
                distance(sim, FlightRequest.of(REFERENCE).withAtmosphere(Atmosphere.STANDARD.withElevationFt(5200)))
                        - base, "ft"));
        checks.add(new ValidationCheck("105 mph vs 100 mph: extra distance", 25, 5,
                distance(sim, FlightRequest.of(REFERENCE.withExitVelocityMph(105))) - base, "ft"));
        checks.add(new ValidationCheck("80 F vs 70 F: extra distance", 3.5, 2,
                distance(sim, FlightRequest.of(REFERENCE).withAtmosphere(Atmosphere.STANDARD.withTemperatureF(80)))
                        - base, "ft"));
        checks.add(new ValidationCheck("1500 rpm backspin vs none: extra distance", 60, 20,
                distance(sim, FlightRequest.of(REFERENCE.withBackspinRpm(1500)))
                        - distance(sim, FlightRequest.of(REFERENCE.withBackspinRpm(0))), "ft"));
        checks.add(new ValidationCheck("distance-maximizing launch angle (15-45 deg)", 28, 5,
                bestLaunchAngle(sim), "deg"));
        checks.add(new ValidationCheck("adding 1500 rpm sidespin: distance lost", 12, 8,
                base - distance(sim, FlightRequest.of(REFERENCE.withSidespinRpm(1500))), "ft"));
        checks.add(new ValidationCheck("10 mph tailwind (blowing out) vs calm: extra distance", 32.5, 12.5,
                distance(sim, FlightRequest.of(REFERENCE).withWind(Wind.of(10, 0))) - base, "ft"));
        checks.add(new ValidationCheck("10 mph headwind (blowing in) vs calm: distance lost", 37.5, 12.5,
                base - distance(sim, FlightRequest.of(REFERENCE).withWind(Wind.of(10, 180))), "ft"));
        return checks;
    }

    /** Launch angle (0.1 deg grid, 15..45) that carries the 100 mph, 1800 rpm ball farthest. */
    static double bestLaunchAngle(FlightSimulator sim) {
        List<FlightRequest> requests = new ArrayList<>();
        for (int tenth = 150; tenth <= 450; tenth++) {
            requests.add(FlightRequest.of(REFERENCE.withLaunchAngleDeg(tenth / 10.0)));
        }
        var results = sim.flyAll(requests);
        int best = 0;
        for (int i = 1; i < results.size(); i++) {
            if (results.get(i).distanceFt() > results.get(best).distanceFt()) {
                best = i;
            }
        }
        return 15.0 + best / 10.0;
    }

    private static double distance(FlightSimulator sim, FlightRequest request) {
        return sim.fly(request).distanceFt();
    }
}
