package ballflight.data;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.backend.Backend;
import ballflight.engine.FlightSimulator;
import ballflight.fielding.HomeRunParks;
import ballflight.fielding.ParkAir;
import ballflight.fielding.ParkVerdict;
import ballflight.model.Launch;
import ballflight.season.Agreement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The parks against 2025's home runs: a fixed grid of fly balls flown in all 30 parks (their air,
 * breeze, fence and walls) leaves each park about as often, relative to the others, as 2025's
 * home runs over expected home runs by team imply (`check/park_hr.csv`: (1 + the park's factor) / 2
 * for a team's hitters and pitchers, who play half their games at home). The full-season check is
 * scripts/ParkFactors.java with scripts/park_hr_vs_2025.py (docs/CALIBRATION.md, "Each park's fence
 * between its measured points").
 */
class ParkHomeRunFactorTest {

    @Test
    void aFlyBallGridLeavesEachParkInTheOrderOf2025sHomeRunFactors() {
        LeagueData data = LeagueData.mlb2025();
        Map<String, Integer> gone = new HashMap<>();
        try (FlightSimulator sim = FlightSimulator.builder().backend(Backend.JAVA).toleranceFt(0.01).build()) {
            HomeRunParks parks = new HomeRunParks(sim, data);
            for (int ev = 96; ev < 114; ev += 2) {
                for (int la = 18; la < 42; la += 3) {
                    for (int spray = -42; spray <= 42; spray += 6) {
                        Launch ball = new Launch(ev, la, spray, 2000, 0, Launch.DEFAULT_CONTACT_HEIGHT_FT);
                        for (ParkVerdict v : parks.ask(ball, ParkAir.AVERAGE).parks()) {
                            gone.merge(v.park().team(), v.homeRun() ? 1 : 0, Integer::sum);
                        }
                    }
                }
            }
        }
        CsvTable t = CsvTable.load("/mlb-2025/check/park_hr.csv");
        double[] implied = new double[t.size()];
        double[] share = new double[t.size()];
        for (int r = 0; r < t.size(); r++) {
            implied[r] = t.number(r, "hitters_hr") / t.number(r, "hitters_xhr")
                    + t.number(r, "pitchers_hr") / t.number(r, "pitchers_xhr") - 1;
            share[r] = gone.get(t.text(r, "team"));
        }
        // r 0.706 with each fence shaped to its measured mean distance; 0.641 with the straight
        // interpolation between the five points. The grid is deterministic, so this moves only with the parks.
        assertThat(Agreement.of(implied, share).r()).isGreaterThan(0.68);
    }
}
