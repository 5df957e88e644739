package ballflight.pa;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.backend.Backend;
import ballflight.data.LeagueData;
import ballflight.engine.FlightSimulator;
import ballflight.fielding.PaOutcome;
import ballflight.kernel.Stepping;
import ballflight.pitch.PaTuning;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** Every league band of the plate-appearance issue (docs/CALIBRATION.md), strictly, and determinism across threads. */
class PaCalibrationTest {
    private static final LeagueData DATA = LeagueData.mlb2025();

    static PaStats run(Matchups m, long n, long seed, int threads) {
        return new PaRunner(() -> FlightSimulator.builder().backend(Backend.JAVA).toleranceFt(Stepping.DEFAULT_TOLERANCE_FT).build(),
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
        LeagueBands.check(soft, s);
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
