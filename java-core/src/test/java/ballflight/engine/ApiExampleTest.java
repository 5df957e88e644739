package ballflight.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.backend.Backend;
import ballflight.model.FlightRequest;
import ballflight.model.FlightResult;
import ballflight.model.Launch;
import ballflight.model.Wind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The code the README shows, compiled and run so it cannot rot. */
class ApiExampleTest {

    @Test
    void readmeExample() {
        List<FlightResult> batch;
        FlightResult one;
        // README-BEGIN
        try (FlightSimulator sim = FlightSimulator.builder()
                .backend(Backend.AUTO)              // native if it loads, else Java
                .toleranceFt(0.01)                  // or .mode(SimulationMode.ACCURATE) for fixed 1 ms steps
                .build()) {
            // One ball: 100 mph, 28 degrees, 1800 rpm backspin, to center field.
            one = sim.fly(FlightRequest.of(Launch.of(100, 28).withBackspinRpm(1800)));
            System.out.printf("%.1f ft, %.2f s in the air%n", one.distanceFt(), one.hangTimeS());

            // A batch: launch angles 20..36 degrees into a 10 mph wind blowing out.
            List<FlightRequest> requests = new java.util.ArrayList<>();
            for (int angle = 20; angle <= 36; angle += 4) {
                requests.add(FlightRequest.of(Launch.of(100, angle).withBackspinRpm(1800)).withWind(Wind.of(10, 0)));
            }
            batch = sim.flyAll(requests);
            batch.forEach(r -> System.out.printf("%.1f ft%n", r.distanceFt()));
        }
        // README-END
        assertThat(one.distanceFt()).isBetween(385.0, 415.0);
        assertThat(batch).hasSize(5);
        assertThat(batch.get(2).distanceFt()).as("28 deg with the wind out beats calm").isGreaterThan(one.distanceFt());
    }
}
