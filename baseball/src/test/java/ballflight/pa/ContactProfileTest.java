package ballflight.pa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ballflight.backend.Backend;
import ballflight.data.LeagueData;
import ballflight.engine.FlightSimulator;
import ballflight.fielding.PaOutcome;
import ballflight.kernel.Stepping;
import ballflight.pitch.PaTuning;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContactProfileTest {
    private static final LeagueData DATA = LeagueData.mlb2025();

    private static PaStats run(ContactProfile profile, int threads) {
        return new PaRunner(() -> FlightSimulator.builder().backend(Backend.JAVA).toleranceFt(Stepping.DEFAULT_TOLERANCE_FT).build(),
                PaTuning.DEFAULT, threads).run(PaCalibrationTest.league(), DATA.leagueDefense(), DATA.neutralPark(), 4_000, 17,
                profile);
    }

    @Test
    void countsEveryFairBattedBallOnceAndAddsUpTheSameForAnyThreadCount() {
        ContactProfile one = new ContactProfile();
        ContactProfile two = new ContactProfile();
        PaStats stats = run(one, 1);
        run(two, 2);
        assertThat(two.values()).isEqualTo(one.values());

        Map<String, Double> v = one.values();
        // Every plate appearance that is not a strikeout, walk or hit batter put a fair ball in play.
        assertThat(one.balls()).isPositive().isEqualTo(stats.plateAppearances() - stats.count(PaOutcome.K)
                - stats.count(PaOutcome.BB) - stats.count(PaOutcome.HBP));
        assertThat(v.get("mean_ev_mph")).isCloseTo(stats.meanEvMph(), within(1e-9));
        assertThat(v.get("pull_pct") + v.get("straight_pct") + v.get("oppo_pct")).isCloseTo(1.0, within(1e-12));
        for (String side : new String[] {"pull", "straight", "oppo"}) {
            assertThat(v.get(side + "_gb_pct") + v.get(side + "_air_pct")).isCloseTo(v.get(side + "_pct"), within(1e-12));
        }
        assertThat(v.get("hr_pull_pct") + v.get("hr_straight_pct") + v.get("hr_oppo_pct")).isCloseTo(1.0, within(1e-12));
        // Ground balls come off slower than line drives and fly balls, and barrels are a part of the hard-hit balls.
        assertThat(v.get("gb_ev_mph")).isLessThan(v.get("fbld_ev_mph"));
        assertThat(v.get("barrel_pct")).isPositive().isLessThan(v.get("hard_hit_pct"));
        assertThat(v.get("hr_distance_ft")).isBetween(330.0, 480.0);
    }

    @Test
    void homeRunsArePulledBecauseAPulledBallIsMetWhereTheBatIsFastest() {
        ContactProfile profile = new ContactProfile();
        run(profile, 2);
        Map<String, Double> v = profile.values();
        // MLB: about 64 % pulled, 12 % to the opposite field. With one bat speed wherever the ball
        // was met the engine hit 45 % and 37 %.
        assertThat(v.get("hr_pull_pct")).isGreaterThan(0.5);
        assertThat(v.get("hr_pull_pct")).isGreaterThan(2.5 * v.get("hr_oppo_pct"));
    }
}
