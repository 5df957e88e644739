package ballflight.pitch;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.backend.Backend;
import ballflight.data.Handedness;
import ballflight.data.PitchSpec;
import ballflight.data.Pitcher;
import ballflight.engine.FlightSimulator;
import ballflight.model.Atmosphere;
import java.util.List;
import org.junit.jupiter.api.Test;

class PitchMovementTest {

    private static PitchMovement movement(double activeSpin, double clock) {
        PitchSpec ff = new PitchSpec("FF", 1.0, 95.0, 2400.0, activeSpin, clock, 0.2);
        Pitcher p = new Pitcher("test", "", Handedness.RIGHT, true, 1, 0.22, 0.085, 45.0, -2.0, 6.0, 6.4, List.of(ff), 0.0);
        try (FlightSimulator sim = FlightSimulator.builder().backend(Backend.JAVA).build()) {
            return new PitchFlight(sim, Atmosphere.STANDARD).movement(p, ff);
        }
    }

    @Test
    void aRealisticFourSeamerRisesFifteenToNineteenInchesAgainstNoSpin() {
        // 95 mph, 2400 rpm, the league's median 91 % active spin, axis at 1:00 (right-hander).
        PitchMovement m = movement(0.91, 1.0);
        assertThat(m.inducedVerticalBreakIn()).isBetween(15.0, 19.0);
        // Arm side for a right-hander is the third-base side, -x.
        assertThat(m.horizontalBreakIn()).isBetween(-12.0, -6.0);
    }

    @Test
    void pureBackspinGivesTheModelsFullLiftAndNoSideBreak() {
        // The model's figure for 2400 rpm of fully active backspin at 12:00: about 20 in (REFERENCE.md: 20-21).
        PitchMovement m = movement(1.0, 12.0);
        assertThat(m.inducedVerticalBreakIn()).isBetween(19.0, 21.5);
        assertThat(Math.abs(m.horizontalBreakIn())).isLessThan(0.05);
        assertThat(m.inducedVerticalBreakIn()).isGreaterThan(movement(0.91, 1.5).inducedVerticalBreakIn() + 4.0);
    }

    @Test
    void aSlowCurveballIsMeasuredAtThePlateAndBreaksDownAndToTheGloveSide() {
        // 79 mph, 2600 rpm, 70 % active, topspin-ish axis at 7:00 from a right-hander: its straight-line
        // throw at the middle (and its no-spin twin) would hit the dirt before the plate.
        PitchSpec cu = new PitchSpec("CU", 1.0, 79.0, 2600.0, 0.70, 7.0, 0.3);
        Pitcher p = new Pitcher("test", "", Handedness.RIGHT, true, 1, 0.22, 0.085, 45.0, -2.0, 6.0, 6.4, List.of(cu), 0.0);
        try (FlightSimulator sim = FlightSimulator.builder().backend(Backend.JAVA).build()) {
            PitchMovement m = new PitchFlight(sim, Atmosphere.STANDARD).movement(p, cu);
            assertThat(m.inducedVerticalBreakIn()).isBetween(-20.0, -8.0);
            assertThat(m.horizontalBreakIn()).isBetween(4.0, 14.0);
        }
    }

    @Test
    void aPitchAimedAwayFromTheMiddleArrivesNearItsTarget() {
        PitchSpec sl = new PitchSpec("SL", 1.0, 86.0, 2450.0, 0.36, 9.0, 0.33);
        Pitcher p = new Pitcher("test", "", Handedness.RIGHT, true, 1, 0.22, 0.085, 45.0, -2.0, 6.0, 6.4, List.of(sl), 0.0);
        try (FlightSimulator sim = FlightSimulator.builder().backend(Backend.JAVA).build()) {
            PitchFlight flight = new PitchFlight(sim, Atmosphere.STANDARD);
            // Targets across and beyond the zone: the aim map keeps the miss well below the command
            // error (sigma ~6 in), so where a pitch goes is the pitcher's command, not the aim model.
            double[][] targets = {{0.5, 2.0}, {-0.9, 1.2}, {0.9, 3.7}, {0.0, 2.475}, {-1.5, 0.8}};
            for (double[] t : targets) {
                PitchResult r = flight.throwAt(p, sl, new PlateTarget(t[0], t[1]), 86.0);
                assertThat(r.reachedPlate()).isTrue();
                assertThat(Math.abs(r.plateXFt() - t[0]) * 12).as("x miss at %s", java.util.Arrays.toString(t)).isLessThan(0.75);
                assertThat(Math.abs(r.plateZFt() - t[1]) * 12).as("z miss at %s", java.util.Arrays.toString(t)).isLessThan(0.75);
                assertThat(r.plateSpeedMph()).isBetween(76.0, 84.0);
            }
        }
    }
}
