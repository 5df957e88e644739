package ballflight.pa;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.backend.Backend;
import ballflight.data.LeagueData;
import ballflight.engine.FlightSimulator;
import ballflight.fielding.BattedBallType;
import ballflight.kernel.SimulationMode;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** Every league band of the plate-appearance issue (docs/CALIBRATION.md), strictly, and determinism across threads. */
class PaCalibrationTest {
    private static final LeagueData DATA = LeagueData.mlb2025();

    static PaStats run(Matchups m, long n, long seed, int threads) {
        return new PaRunner(() -> FlightSimulator.builder().backend(Backend.JAVA).mode(SimulationMode.FAST).build(),
                PaTuning.DEFAULT, threads).run(m, DATA.leagueDefense(), DATA.neutralPark(), n, seed);
    }

    static Matchups league() {
        return Matchups.of(null, null, DATA.hitters(), DATA.pitchers());
    }

    @Test
    void hundredThousandPlateAppearancesHitTheLeagueBands() {
        PaStats s = run(league(), 100_000, 2025, 2);
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(s.plateAppearances()).isEqualTo(100_000);
        soft.assertThat(s.kPct()).as("K%").isBetween(0.205, 0.240);
        soft.assertThat(s.bbPct()).as("BB%").isBetween(0.075, 0.095);
        soft.assertThat(s.hrPct()).as("HR/PA").isBetween(0.026, 0.034);
        soft.assertThat(s.avg()).as("AVG").isBetween(0.235, 0.255);
        soft.assertThat(s.obp()).as("OBP").isBetween(0.305, 0.325);
        soft.assertThat(s.slg()).as("SLG").isBetween(0.385, 0.420);
        soft.assertThat(s.babip()).as("BABIP").isBetween(0.280, 0.300);
        soft.assertThat(s.typePct(BattedBallType.GB)).as("GB%").isBetween(0.40, 0.46);
        soft.assertThat(s.meanEvMph()).as("mean EV").isBetween(87.5, 90.0);
        soft.assertThat(s.meanLaDeg()).as("mean LA").isBetween(10.0, 14.0);
        soft.assertThat(s.pitchesPerPa()).as("pitches/PA").isBetween(3.7, 4.0);
        soft.assertThat(s.typePct(BattedBallType.LD)).as("LD%").isBetween(0.19, 0.25);
        soft.assertThat(s.typePct(BattedBallType.FB) + s.typePct(BattedBallType.PU)).as("FB+PU%").isBetween(0.32, 0.38);
        soft.assertAll();
    }

    @Test
    void theSameSeedGivesTheSameTotalsOnOneAndTwoThreads() {
        PaStats one = run(league(), 1_500, 7, 1);
        PaStats two = run(league(), 1_500, 7, 2);
        for (PaOutcome o : PaOutcome.values()) {
            assertThat(two.count(o)).as(o.name()).isEqualTo(one.count(o));
        }
        assertThat(two.meanEvMph()).isEqualTo(one.meanEvMph());
        assertThat(two.pitchesPerPa()).isEqualTo(one.pitchesPerPa());
        assertThat(run(league(), 1_500, 8, 2).meanEvMph()).isNotEqualTo(one.meanEvMph());
    }
}
