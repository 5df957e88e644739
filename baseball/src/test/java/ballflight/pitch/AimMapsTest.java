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

/** One aim map per pitcher, pitch and park elevation, measured on a standard day there and shared by every thread. */
class AimMapsTest {
    private static final PitchSpec SL = new PitchSpec("SL", 0.4, 86.0, 2450.0, 0.36, 9.0, 0.33);
    private static final PitchSpec FF = new PitchSpec("FF", 0.6, 95.0, 2300.0, 0.91, 1.25, 0.21);
    private static final Pitcher P = new Pitcher("test", "", Handedness.RIGHT, true, 1, 0.22, 0.085, 45.0, -2.0, 6.0,
            6.4, List.of(FF, SL), 0.0);
    /** Coors Field on a warm night: ~18 % thinner air than the reference. */
    private static final Atmosphere DENVER = new Atmosphere(75.0, 5200.0, 29.92, 50.0);
    /** A standard day at sea level, hot and humid: another day's weather at the same elevation. */
    private static final Atmosphere HOT_SEA_LEVEL = new Atmosphere(95.0, 0.0, 29.92, 90.0);

    @Test
    void eachPitchIsMeasuredOnceForEveryElevationAndEngine() {
        AimMaps shared = new AimMaps();
        FlightTimes times = new FlightTimes();
        try (FlightSimulator a = FlightSimulator.builder().backend(Backend.JAVA).build();
             FlightSimulator b = FlightSimulator.builder().backend(Backend.JAVA).build()) {
            PitchFlight atSeaLevel = new PitchFlight(a, Atmosphere.STANDARD, shared, times);
            PitchFlight hotDay = new PitchFlight(b, HOT_SEA_LEVEL, shared, times);
            PitchFlight inDenver = new PitchFlight(b, DENVER, shared, times);
            PlateTarget middle = new PlateTarget(0.0, StrikeZone.CENTER_Z_FT);
            atSeaLevel.throwAt(P, SL, middle, 86.0);
            long measured = times.flights(Kind.AIM_MAP);
            assertThat(measured).isGreaterThanOrEqualTo(3);
            hotDay.throwAt(P, SL, middle, 86.0);
            atSeaLevel.throwAt(P, SL, middle, 86.0);
            assertThat(times.flights(Kind.AIM_MAP)).as("same pitch and elevation, another day and engine").isEqualTo(measured);
            inDenver.throwAt(P, SL, middle, 86.0);
            long withDenver = times.flights(Kind.AIM_MAP);
            assertThat(withDenver).as("a mile up is measured on its own").isGreaterThan(measured);
            inDenver.throwAt(P, FF, middle, 95.0);
            assertThat(times.flights(Kind.AIM_MAP)).as("another pitch type is measured").isGreaterThan(withDenver);
            assertThat(shared.size()).isEqualTo(3);
            assertThat(times.flights(Kind.PITCH)).isEqualTo(5);
        }
        try (FlightSimulator extreme = FlightSimulator.builder().backend(Backend.JAVA).mode(SimulationMode.EXTREME).build()) {
            new PitchFlight(extreme, Atmosphere.STANDARD, shared, new FlightTimes()).throwAt(P, SL,
                    new PlateTarget(0.0, 2.5), 86.0);
            assertThat(shared.size()).as("another step size is another kernel: its own map").isEqualTo(4);
        }
    }

    @Test
    void aPitcherAimsForHisParksAltitudeButNotForTheDaysWeather() {
        try (FlightSimulator sim = FlightSimulator.builder().backend(Backend.JAVA).build()) {
            AimMaps shared = new AimMaps();
            PlateTarget low = new PlateTarget(0.6, 1.8);
            PitchResult home = new PitchFlight(sim, Atmosphere.STANDARD, shared, new FlightTimes()).throwAt(P, SL, low, 86.0);
            PitchResult denverStandard = new PitchFlight(sim, AimMaps.habitAir(DENVER), shared, new FlightTimes())
                    .throwAt(P, SL, low, 86.0);
            assertThat(missIn(home, low)).as("sea level: on target").isLessThan(0.75);
            assertThat(missIn(denverStandard, low)).as("a standard day in Denver: on target").isLessThan(0.75);
            // The slider sweeps less toward the glove side a mile up, and the aim allows for it.
            assertThat(Math.abs(denverStandard.plateXFt() - home.plateXFt())).isLessThan(0.06);
            // A hot, humid day at sea level: the air is ~8 % thinner than the standard day the aim was
            // learned in, so the slider breaks a little less than aimed for, by well under an inch.
            PitchResult hot = new PitchFlight(sim, HOT_SEA_LEVEL, shared, new FlightTimes()).throwAt(P, SL, low, 86.0);
            assertThat(missIn(hot, low)).as("hot day, in").isBetween(0.05, 1.5);
            assertThat(Math.abs(hot.plateXFt())).as("less sweep toward the glove side").isLessThan(Math.abs(home.plateXFt()));
            assertThat(hot.airDensityKgPerM3()).isLessThan(home.airDensityKgPerM3());
        }
    }

    private static double missIn(PitchResult pitch, PlateTarget target) {
        return Math.hypot(pitch.plateXFt() - target.xFt(), pitch.plateZFt() - target.zFt()) * 12;
    }
}
