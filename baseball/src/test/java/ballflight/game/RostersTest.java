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
    void unknownTeamListsTheClosest() {
        assertThatThrownBy(() -> Rosters.mlb2025().team("--home", "NYX")).isInstanceOf(InputException.class)
                .hasMessageContaining("--home").hasMessageContaining("NYY");
    }
}
