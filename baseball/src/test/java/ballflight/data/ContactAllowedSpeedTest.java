package ballflight.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ballflight.backend.Backend;
import ballflight.engine.FlightSimulator;
import ballflight.fielding.PaOutcome;
import ballflight.kernel.SimulationMode;
import ballflight.pa.Matchups;
import ballflight.pa.PaRunner;
import ballflight.pa.PaStats;
import ballflight.pitch.PaTuning;
import org.junit.jupiter.api.Test;

/**
 * A pitcher's 2025 expected total bases per ball in play already hold what his fastball's speed did
 * to the ball; the collision adds that speed again on every contact, so his contact score is taken
 * net of it ({@link LeagueData#contactAllowedZ}). The same pitcher 4 mph faster with the same 2025
 * contact then allows the same total bases per ball in play; with the score as it was he allows
 * about 0.03 more.
 */
class ContactAllowedSpeedTest {
    private static final LeagueData DATA = LeagueData.mlb2025();
    private static final double FASTER_MPH = 4.0;
    private static final PaRunner RUNNER = new PaRunner(() -> FlightSimulator.builder().backend(Backend.JAVA)
            .mode(SimulationMode.EXTREME).build(), PaTuning.DEFAULT, 2);

    @Test
    void aFasterPitcherWithTheSame2025ContactAllowsTheSameTotalBasesPerBallInPlay() {
        Pitcher p = DATA.pitchers().get(0);
        double z = p.contactAllowedZ();
        double base = totalBasesPerBallInPlay(p);
        double net = totalBasesPerBallInPlay(faster(p, z - FASTER_MPH * LeagueData.CONTACT_Z_PER_FB_MPH));
        double asItWas = totalBasesPerBallInPlay(faster(p, z));
        assertThat(asItWas - base).as("the collision's own speed, counted again").isGreaterThan(0.015);
        assertThat(net - base).as("net of the speed").isCloseTo(0.0, within(0.012));
    }

    private static Pitcher faster(Pitcher p, double contactAllowedZ) {
        return new Pitcher(p.name(), p.team(), p.throwsHand(), p.starter(), p.battersFaced(), p.strikeoutRate(),
                p.walkRate(), p.armAngleDeg(), p.releaseSideFt(), p.releaseHeightFt(), p.extensionFt(),
                p.arsenal().stream().map(s -> new PitchSpec(s.type(), s.usage(), s.releaseSpeedMph() + FASTER_MPH,
                        s.spinRpm(), s.activeSpin(), s.spinClockHours(), s.whiffRate(), s.putAwayLift())).toList(),
                contactAllowedZ, p.ratesBreakScale());
    }

    /** 160,000 PA: the two runs' difference has a standard error of about 0.004 (0.007 at 40,000, the margin's size). */
    private static double totalBasesPerBallInPlay(Pitcher p) {
        PaStats s = RUNNER.run(Matchups.of(null, p, DATA.hitters(), DATA.pitchers()), DATA.leagueDefense(),
                DATA.neutralPark(), 160_000, 9);
        long hits = s.count(PaOutcome.SINGLE) + s.count(PaOutcome.DOUBLE) + s.count(PaOutcome.TRIPLE) + s.count(PaOutcome.HR);
        long bases = s.count(PaOutcome.SINGLE) + 2 * s.count(PaOutcome.DOUBLE) + 3 * s.count(PaOutcome.TRIPLE)
                + 4 * s.count(PaOutcome.HR);
        long outs = s.count(PaOutcome.GO) + s.count(PaOutcome.FO) + s.count(PaOutcome.LO) + s.count(PaOutcome.PO)
                + s.count(PaOutcome.E);
        return bases / (double) (hits + outs);
    }
}
