package ballflight.pitch;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.backend.Backend;
import ballflight.data.Handedness;
import ballflight.data.PitchSpec;
import ballflight.data.Pitcher;
import ballflight.engine.FlightSimulator;
import ballflight.kernel.SimulationMode;
import ballflight.model.Atmosphere;
import ballflight.pitch.FlightTimes.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One aim map per pitcher and pitch, measured in the reference air and shared by every park and thread. */
class AimMapsTest {
    private static final PitchSpec SL = new PitchSpec("SL", 0.4, 86.0, 2450.0, 0.36, 9.0, 0.33);
    private static final PitchSpec FF = new PitchSpec("FF", 0.6, 95.0, 2300.0, 0.91, 1.25, 0.21);
    private static final Pitcher P = new Pitcher("test", "", Handedness.RIGHT, true, 1, 0.22, 0.085, 45.0, -2.0, 6.0,
            6.4, List.of(FF, SL), 0.0);
    /** Coors Field on a warm night: ~18 % thinner air than the reference. */
    private static final Atmosphere DENVER = new Atmosphere(75.0, 5200.0, 29.92, 50.0);

    @Test
    void eachPitchIsMeasuredOnceForEveryParkAndEngine() {
        AimMaps shared = new AimMaps();
        FlightTimes times = new FlightTimes();
        try (FlightSimulator a = FlightSimulator.builder().backend(Backend.JAVA).build();
             FlightSimulator b = FlightSimulator.builder().backend(Backend.JAVA).build()) {
            PitchFlight atSeaLevel = new PitchFlight(a, Atmosphere.STANDARD, shared, times);
            PitchFlight inDenver = new PitchFlight(b, DENVER, shared, times);
            PlateTarget middle = new PlateTarget(0.0, StrikeZone.CENTER_Z_FT);
            atSeaLevel.throwAt(P, SL, middle, 86.0);
            long measured = times.flights(Kind.AIM_MAP);
            assertThat(measured).isGreaterThanOrEqualTo(3);
            inDenver.throwAt(P, SL, middle, 86.0);
            atSeaLevel.throwAt(P, SL, middle, 86.0);
            assertThat(times.flights(Kind.AIM_MAP)).as("same pitch, another park and engine").isEqualTo(measured);
            inDenver.throwAt(P, FF, middle, 95.0);
            assertThat(times.flights(Kind.AIM_MAP)).as("another pitch type is measured").isGreaterThan(measured);
            assertThat(shared.size()).isEqualTo(2);
            assertThat(times.flights(Kind.PITCH)).isEqualTo(4);
        }
        try (FlightSimulator extreme = FlightSimulator.builder().backend(Backend.JAVA).mode(SimulationMode.EXTREME).build()) {
            new PitchFlight(extreme, Atmosphere.STANDARD, shared, new FlightTimes()).throwAt(P, SL,
                    new PlateTarget(0.0, 2.5), 86.0);
            assertThat(shared.size()).as("another step size is another kernel: its own map").isEqualTo(3);
        }
    }

    @Test
    void inThinAirASliderBreaksLessThanThePitcherAimsFor() {
        try (FlightSimulator sim = FlightSimulator.builder().backend(Backend.JAVA).build()) {
            AimMaps shared = new AimMaps();
            PlateTarget low = new PlateTarget(0.6, 1.8);
            PitchResult home = new PitchFlight(sim, Atmosphere.STANDARD, shared, new FlightTimes()).throwAt(P, SL, low, 86.0);
            PitchResult coors = new PitchFlight(sim, DENVER, shared, new FlightTimes()).throwAt(P, SL, low, 86.0);
            assertThat(Math.abs(home.plateZFt() - low.zFt()) * 12).as("reference air: on target").isLessThan(0.75);
            // Less drag and less Magnus force than the map assumes: the slider sweeps less toward the
            // glove side and misses by an inch or more, but not by half a foot.
            double missIn = Math.hypot(coors.plateXFt() - low.xFt(), coors.plateZFt() - low.zFt()) * 12;
            assertThat(missIn).as("miss in Denver, in").isBetween(0.75, 6.0);
            assertThat(Math.abs(coors.plateXFt())).as("less sweep toward the glove side").isLessThan(Math.abs(home.plateXFt()));
        }
    }
}
