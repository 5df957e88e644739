package ballflight.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ballflight.model.InputException;
import org.junit.jupiter.api.Test;

class LeagueDataTest {
    private final LeagueData data = LeagueData.mlb2025();

    @Test
    void everyPlayerHasEveryFieldFilledWithAPlausibleValue() {
        assertThat(data.hitters()).hasSizeGreaterThan(400);
        assertThat(data.pitchers()).hasSizeGreaterThan(400);
        for (Hitter h : data.hitters()) {
            assertThat(h.batSpeedMph()).as(h.name()).isBetween(55.0, 85.0);
            assertThat(h.whiffPerSwing()).as(h.name()).isBetween(0.0, 0.6);
            assertThat(h.chaseRate()).as(h.name()).isBetween(0.1, 0.5);
            assertThat(h.sprintSpeedFtPerS()).as(h.name()).isBetween(20.0, 32.0);
            assertThat(h.foulsPerContact()).as(h.name()).isBetween(0.3, 0.7);
        }
        // Bat tracking's 2025 contacts less batted balls over contacts (filled by position where missing).
        assertThat(data.hitter("Aaron Judge").foulsPerContact()).isEqualTo(0.4934);
        for (Pitcher p : data.pitchers()) {
            assertThat(p.arsenal()).as(p.name()).isNotEmpty();
            assertThat(p.arsenal().stream().mapToDouble(PitchSpec::usage).sum()).as(p.name()).isCloseTo(1.0,
                    org.assertj.core.api.Assertions.within(1e-9));
            // Down to a submariner's knuckles: Tyler Rogers lets go 1.3 ft off the ground.
            assertThat(p.releaseHeightFt()).as(p.name()).isBetween(1.0, 7.5);
            p.arsenal().forEach(s -> assertThat(s.releaseSpeedMph()).as(p.name() + " " + s.type()).isBetween(40.0, 105.0));
        }
    }

    /**
     * The swing takes a pitch type's league whiff rate as it is (only a pitch's edge over its type is
     * amplified), so each type's constant must be what the bundled 2025 pitchers' pitches of that type
     * do, weighted by how often they were thrown.
     */
    @Test
    void eachPitchTypesLeagueWhiffRateIsTheBundledPitchersMean() {
        for (String type : java.util.List.of("FF", "SI", "FC", "SL", "ST", "CU", "CH", "FS")) {
            double weight = 0;
            double sum = 0;
            for (Pitcher p : data.pitchers()) {
                for (PitchSpec s : p.arsenal()) {
                    if (s.type().equals(type)) {
                        weight += p.battersFaced() * s.usage();
                        sum += p.battersFaced() * s.usage() * s.whiffRate();
                    }
                }
            }
            assertThat(PitchTypeDefaults.of(type).whiffRate()).as(type).isCloseTo(sum / weight,
                    org.assertj.core.api.Assertions.within(0.012));
        }
    }

    @Test
    void theLeagueLaunchAngleSpreadIsThePaWeightedMeanOfTheHitters() {
        double pa = 0;
        double sum = 0;
        for (Hitter h : data.hitters()) {
            assertThat(h.launchAngleSdDeg()).as(h.name()).isBetween(LaunchAngleSpread.MIN_SD_DEG, LaunchAngleSpread.MAX_SD_DEG);
            pa += h.plateAppearances();
            sum += h.plateAppearances() * h.launchAngleSdDeg();
        }
        assertThat(sum / pa).as("PA-weighted mean spread, deg").isCloseTo(LaunchAngleSpread.LEAGUE_SD_DEG,
                org.assertj.core.api.Assertions.within(0.05));
        // At about the same mean launch angle, Bichette (8.2 degrees, 37.9 % in the sweet spot) meets the
        // ball at a steadier height than Caminero (10.7, 27.7 %).
        assertThat(data.hitter("Bo Bichette").launchAngleSdDeg()).isLessThan(data.hitter("Junior Caminero").launchAngleSdDeg() - 8);
    }

    @Test
    void lookupsIgnoreCaseAndAccentsAndAMissListsTheClosestNames() {
        assertThat(data.hitter("aaron judge").team()).isEqualTo("NYY");
        assertThatThrownBy(() -> data.hitter("Aron Jduge")).isInstanceOf(InputException.class)
                .hasMessageContaining("--batter = 'Aron Jduge' is not in the 2025 data; closest: ")
                .hasMessageContaining("Aaron Judge");
        assertThatThrownBy(() -> data.park("COLL")).isInstanceOf(InputException.class).hasMessageContaining("COL");
        assertThat(data.park("col").atmosphere().elevationFt()).isEqualTo(5190.0);
    }

    @Test
    void leftHandersSpinDirectionMirrorsARightHandersAndTheDefenceCoversEveryPosition() {
        assertThat(LeagueData.mirror(1.5, Handedness.LEFT)).isEqualTo(10.5);
        assertThat(LeagueData.mirror(1.5, Handedness.RIGHT)).isEqualTo(1.5);
        assertThat(data.leagueDefense().fielders()).extracting(f -> f.spot().position())
                .containsExactly("P", "1B", "2B", "3B", "SS", "LF", "CF", "RF");
        Park neutral = data.neutralPark();
        assertThat(neutral.fenceDistanceFt(0)).isBetween(395.0, 410.0);
        assertThat(neutral.fenceDistanceFt(-45)).isBetween(320.0, 340.0);
    }
}
