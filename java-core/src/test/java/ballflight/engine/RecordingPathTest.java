package ballflight.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.backend.Backend;
import ballflight.kernel.SimulationMode;
import ballflight.model.FlightRequest;
import ballflight.model.FlightResult;
import ballflight.model.Launch;
import ballflight.model.PathPoint;
import org.junit.jupiter.api.Test;

/** A path-recording sibling flies the same flight, bit for bit, and adds where it went. */
class RecordingPathTest {

    @Test
    void theSiblingFliesTheSameBallAndRecordsItsPath() {
        FlightRequest req = FlightRequest.of(Launch.of(101, 27).withBackspinRpm(2100).withSidespinRpm(600));
        try (FlightSimulator sim = FlightSimulator.builder().backend(Backend.JAVA).mode(SimulationMode.EXTREME).build()) {
            FlightSimulator withPath = sim.recordingPath(800, 0.02);
            FlightResult plain = sim.fly(req);
            FlightResult traced = withPath.fly(req);
            assertThat(plain.path()).isEmpty();
            assertThat(traced.distanceFt()).isEqualTo(plain.distanceFt());
            assertThat(traced.hangTimeS()).isEqualTo(plain.hangTimeS());
            assertThat(traced.landingXFt()).isEqualTo(plain.landingXFt());
            // One sample every 0.02 s (every second 10 ms step) and the end point.
            assertThat(traced.path().size()).isBetween((int) (plain.hangTimeS() / 0.02), (int) (plain.hangTimeS() / 0.02) + 3);
            PathPoint last = traced.path().getLast();
            assertThat(last.timeS()).isEqualTo(plain.hangTimeS());
            assertThat(last.xFt()).isEqualTo(plain.landingXFt());
            assertThat(traced.path().get(1).timeS() - traced.path().get(0).timeS()).isCloseTo(0.02, org.assertj.core.api.Assertions.within(1e-9));
        }
    }

    @Test
    void aSiblingNeedsTwoSamples() {
        try (FlightSimulator sim = FlightSimulator.builder().backend(Backend.JAVA).build()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> sim.recordingPath(1, 0.02))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2 samples");
        }
    }
}
