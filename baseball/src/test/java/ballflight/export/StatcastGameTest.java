package ballflight.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ballflight.backend.Backend;
import ballflight.data.Handedness;
import ballflight.data.PitchSpec;
import ballflight.data.Pitcher;
import ballflight.engine.FlightSimulator;
import ballflight.model.Atmosphere;
import ballflight.pitch.PitchFlight;
import ballflight.pitch.PitchMovement;
import ballflight.pitch.PitchResult;
import ballflight.pitch.PlateTarget;
import ballflight.pitch.StrikeZone;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Savant's conventions in the pitch rows: movement, zones, spin axis, number and text fields. */
class StatcastGameTest {

    /**
     * pfx from the flight's two ends agrees with the movement measured the long way, against a
     * spinless twin flown by the kernel (PitchFlight.movement), for a riser, a sweeper and a curve.
     */
    @Test
    void movementFromTheEndsOfTheFlightMatchesTheSpinlessTwin() {
        List<PitchSpec> specs = List.of(new PitchSpec("FF", 0.5, 95.0, 2400.0, 0.91, 1.0, 0.2),
                new PitchSpec("ST", 0.3, 84.0, 2600.0, 0.45, 9.0, 0.35),
                new PitchSpec("CU", 0.2, 80.0, 2700.0, 0.8, 7.0, 0.3));
        Pitcher p = new Pitcher("test", "", Handedness.RIGHT, true, 1, 0.22, 0.085, 45.0, -2.0, 6.0, 6.4, specs, 0.0);
        try (FlightSimulator sim = FlightSimulator.builder().backend(Backend.JAVA).build()) {
            PitchFlight flight = new PitchFlight(sim, Atmosphere.STANDARD);
            for (PitchSpec spec : specs) {
                PitchMovement m = flight.movement(p, spec);
                PitchResult r = flight.throwAt(p, spec, new PlateTarget(0.0, StrikeZone.CENTER_Z_FT), spec.releaseSpeedMph());
                double[] pfx = StatcastGame.pfxFt(p, r);
                // A constant-acceleration fit is rougher for slow, long flights: 1 in or 12 %.
                assertThat(pfx[0] * 12.0).as(spec.type() + " pfx_x in")
                        .isCloseTo(m.horizontalBreakIn(), within(Math.max(1.0, 0.12 * Math.abs(m.horizontalBreakIn()))));
                assertThat(pfx[1] * 12.0).as(spec.type() + " pfx_z in")
                        .isCloseTo(m.inducedVerticalBreakIn(), within(Math.max(1.0, 0.12 * Math.abs(m.inducedVerticalBreakIn()))));
            }
        }
    }

    @Test
    void zonesAreSavantsGridSeenFromTheCatcher() {
        double w = StrikeZone.HALF_WIDTH_FT;
        assertThat(StatcastGame.zone(0.0, StrikeZone.CENTER_Z_FT)).isEqualTo(5);
        assertThat(StatcastGame.zone(-0.9 * w, StrikeZone.TOP_FT - 0.05)).isEqualTo(1);
        assertThat(StatcastGame.zone(0.9 * w, StrikeZone.BOTTOM_FT + 0.05)).isEqualTo(9);
        assertThat(StatcastGame.zone(-2.0, 4.0)).isEqualTo(11);
        assertThat(StatcastGame.zone(2.0, 4.0)).isEqualTo(12);
        assertThat(StatcastGame.zone(-2.0, 0.5)).isEqualTo(13);
        assertThat(StatcastGame.zone(0.1, 0.5)).isEqualTo(14);
    }

    @Test
    void spinAxisIsOneEightyForPureBackspin() {
        assertThat(StatcastGame.spinAxisDeg(12.0)).isEqualTo(180);
        assertThat(StatcastGame.spinAxisDeg(1.0)).isEqualTo(210);
        assertThat(StatcastGame.spinAxisDeg(6.0)).isZero();
        assertThat(StatcastGame.spinAxisDeg(9.0)).isEqualTo(90);
    }

    @Test
    void numbersAndTextAreWrittenAsCsvReadersExpect() {
        StringBuilder b = new StringBuilder();
        new CsvLine(b).number(2.5, 0).number(-2.5, 0).number(0.125, 2).number(-0.001, 2).number(Double.NaN, 1)
                .text("Crochet, Garrett").text("say \"hi\"").integer(-3).text(null).end();
        assertThat(b).hasToString("3,-3,0.13,0.00,,\"Crochet, Garrett\",\"say \"\"hi\"\"\",-3,\n");
    }
}
