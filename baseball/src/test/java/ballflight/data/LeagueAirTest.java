package ballflight.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The league's air is the neutral park's, and a player's 2025 rates carry his home park's air. */
class LeagueAirTest {
    private static final LeagueData DATA = LeagueData.mlb2025();

    @Test
    void theLeaguesAirIsTheNeutralParks() {
        double neutral = DATA.neutralPark().atmosphere().airDensityKgPerM3();
        assertThat(LeagueAir.DENSITY_KG_PER_M3).isCloseTo(neutral, within(0.001 * neutral));
        assertThat(LeagueAir.breakScale(LeagueAir.DENSITY_KG_PER_M3)).isEqualTo(1.0);
    }

    @Test
    void aRockieEarnedHis2025RatesInThinnerAirThanAYankee() {
        double coors = LeagueAir.breakScale(DATA.park("COL").atmosphere().airDensityKgPerM3());
        assertThat(coors).as("Coors Field's break scale").isBetween(0.80, 0.86);
        Hitter rockie = DATA.hitters().stream().filter(h -> h.team().equals("COL")).findFirst().orElseThrow();
        Pitcher rockiesArm = DATA.pitchers().stream().filter(p -> p.team().equals("COL")).findFirst().orElseThrow();
        Hitter yankee = DATA.hitter("Aaron Judge");
        // Half his games at home, half around the league.
        assertThat(rockie.ratesBreakScale()).isCloseTo(0.5 * (coors + 1), within(1e-12));
        assertThat(rockiesArm.ratesBreakScale()).isEqualTo(rockie.ratesBreakScale());
        assertThat(yankee.ratesBreakScale()).isCloseTo(1.0, within(0.02));
    }
}
