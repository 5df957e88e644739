package ballflight.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ballflight.data.Hitter;
import ballflight.model.InputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RostersTest {
    @Test
    void everyTeamFieldsNineWithEachPositionOnceAndFiveStarters() {
        Rosters r = Rosters.mlb2025();
        assertThat(r.teams()).hasSize(30);
        for (TeamRoster t : r.teams().values()) {
            List<String> positions = t.lineup().stream().map(LineupSlot::position).sorted().toList();
            assertThat(positions).as(t.team())
                    .containsExactly("1B", "2B", "3B", "C", "CF", "DH", "LF", "RF", "SS");
            assertThat(t.rotation()).as(t.team()).hasSizeGreaterThanOrEqualTo(5);
            assertThat(t.bullpen()).as(t.team()).isNotEmpty();
            assertThat(t.defense().fielders()).as(t.team()).hasSize(8);
        }
    }

    @Test
    void regularsRestInProportionToTheirPlayingTimeAndTheBenchFillsTheirSpots() {
        TeamRoster t = Rosters.mlb2025().team("--home", "NYY");
        java.util.random.RandomGenerator rng = java.util.random.RandomGeneratorFactory.of("L64X128MixRandom").create(5);
        int games = 4000;
        int[] played = new int[9];
        for (int g = 0; g < games; g++) {
            GameLineup l = t.lineupFor(rng);
            assertThat(l.slots().stream().map(LineupSlot::position))
                    .containsExactlyElementsOf(t.lineup().stream().map(LineupSlot::position).toList());
            assertThat(l.slots().stream().map(LineupSlot::hitter).distinct()).hasSize(9);
            assertThat(l.defense().fielders()).hasSize(8);
            for (int i = 0; i < 9; i++) {
                Hitter h = l.slots().get(i).hitter();
                if (h == t.lineup().get(i).hitter()) {
                    played[i]++;
                } else {
                    assertThat(t.bench().contains(h) || t.depthBats().contains(h)).as(h.name()).isTrue();
                }
            }
        }
        for (int i = 0; i < 9; i++) {
            Hitter regular = t.lineup().get(i).hitter();
            double expected = Math.min(1.0, regular.plateAppearances() / TeamRoster.fullTimePa(i + 1));
            assertThat(played[i] / (double) games).as(regular.name()).isCloseTo(expected, within(0.03));
        }
        // Some regular of the 2025 Yankees played part-time, so the bench gets games.
        assertThat(java.util.Arrays.stream(played).min().orElseThrow()).isLessThan(games);
    }

    @Test
    void theTeamsHoldThePlayersTheRostersLackSoTheDepthPlayersAreAFewPercent() {
        Rosters r = Rosters.mlb2025();
        // Traded in 2025 and missing from the rosters: each plays for his last team, as the
        // rosters' own traded players do.
        assertThat(r.team("--home", "SEA").lineup()).extracting(s -> s.hitter().name()).contains("Eugenio Suárez");
        assertThat(r.team("--home", "SFG").lineup()).extracting(s -> s.hitter().name()).contains("Rafael Devers");
        assertThat(r.team("--home", "CIN").rotation()).extracting(p -> p.name()).contains("Zack Littell");
        // The depth bats take what a team's hitters leave of its season's plate appearances: 15 %
        // of the league's with the rosters alone, 7 % now (sellers such as Baltimore miss most; in the
        // games, where rest days go to the bench first, 8 % and 4 %).
        double missing = 0;
        for (TeamRoster t : r.teams().values()) {
            int pa = ballflight.data.LeagueData.mlb2025().hitters().stream().filter(h -> h.team().equals(t.team()))
                    .mapToInt(Hitter::plateAppearances).sum();
            missing += Math.max(0, DepthBat.TEAM_PA - pa);
            assertThat(t.depthBats()).as(t.team()).hasSize(pa < DepthBat.TEAM_PA ? DepthBat.PER_TEAM : 0);
        }
        assertThat(missing / (30 * DepthBat.TEAM_PA)).isLessThan(0.08);
    }

    @Test
    void unknownTeamListsTheClosest() {
        assertThatThrownBy(() -> Rosters.mlb2025().team("--home", "NYX")).isInstanceOf(InputException.class)
                .hasMessageContaining("--home").hasMessageContaining("NYY");
    }
}
