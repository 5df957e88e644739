package ballflight.pa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ballflight.backend.Backend;
import ballflight.data.Hitter;
import ballflight.data.LeagueData;
import ballflight.engine.FlightSimulator;
import ballflight.game.Rosters;
import ballflight.kernel.SimulationMode;
import ballflight.pitch.PaTuning;
import ballflight.season.Actual2025;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A depth bat stands for the hitters a team's 2025 data lacks, and hits like the part-timers (100 to
 * 300 PA in 2025) as a group: over plate appearances against the 2025 pitchers by playing time, his
 * home runs per PA and slugging are theirs in 2025. The depth bats once copied one part-timer whole
 * (Daulton Varsho: barrels on 15.9 % of his batted balls) and hit 0.051 home runs a PA against the
 * group's 0.025.
 */
class DepthBatLineTest {
    private static final LeagueData DATA = LeagueData.mlb2025();

    @Test
    void aDepthBatHitsLikeThePartTimersHeStandsFor() {
        Map<String, Actual2025.Hitter> lines = new HashMap<>();
        Actual2025.mlb2025().hitters().forEach(h -> lines.put(h.team() + "|" + h.name(), h));
        double pa = 0;
        double hr = 0;
        double atBats = 0;
        double bases = 0;
        for (Hitter h : DATA.hitters()) {
            Actual2025.Hitter line = lines.get(h.team() + "|" + h.name());
            if (line == null || h.plateAppearances() < 100 || h.plateAppearances() > 300) {
                continue;
            }
            double ab = line.pa() - line.bb();
            pa += line.pa();
            hr += line.hr();
            atBats += ab;
            bases += line.slg() * ab;
        }
        Hitter depth = Rosters.mlb2025().team("--home", "PIT").depthBats().getFirst();
        PaStats simulated = new PaRunner(() -> FlightSimulator.builder().backend(Backend.JAVA).mode(SimulationMode.EXTREME)
                .build(), PaTuning.DEFAULT, 2).run(Matchups.of(depth, null, DATA.hitters(), DATA.pitchers()),
                DATA.leagueDefense(), DATA.neutralPark(), 12_000, 11);
        // Sampling sd: 0.0014 home runs a PA and 0.008 of slugging; the rest is the neutral park.
        assertThat(simulated.hrPct()).as("home runs per PA").isCloseTo(hr / pa, within(0.006));
        assertThat(simulated.slg()).as("slugging").isCloseTo(bases / atBats, within(0.035));
    }
}
