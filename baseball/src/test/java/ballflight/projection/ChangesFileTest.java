package ballflight.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ballflight.data.LeagueData;
import ballflight.game.LineupSlot;
import ballflight.game.TeamRoster;
import ballflight.model.InputException;
import ballflight.season.League;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangesFileTest {
    private static final LeagueData DATA = LeagueData.mlb2025();

    private static List<Change> parse(String... lines) {
        return ChangesFile.parse("what.csv", List.of(lines), DATA, DATA.parks().keySet());
    }

    private static boolean plays(TeamRoster t, String name) {
        return t.lineup().stream().anyMatch(s -> s.hitter().name().equals(name))
                || t.bench().stream().anyMatch(h -> h.name().equals(name));
    }

    @Test
    void aMovedFencePointKeepsTheParksShapeBetweenItsPoints() {
        League real = League.mlb2025();
        League changed = LeagueEdit.apply(List.<Change>of(new ParkChange("SEA", "center_ft", 410)));
        assertThat(changed.park("SEA").fenceDistanceFt(0)).isEqualTo(410.0);
        // Seattle's fence bows in between its measured points (Savant's mean is under the interpolation's).
        assertThat(real.park("SEA").bulgeFt()).isLessThan(-5.0);
        assertThat(changed.park("SEA").bulgeFt()).isEqualTo(real.park("SEA").bulgeFt());
        assertThat(changed.park("SEA").fenceDistanceFt(-30)).isEqualTo(real.park("SEA").fenceDistanceFt(-30));
    }

    @Test
    void readsEveryKindOfChange() {
        List<Change> changes = parse(ChangesFile.HEADER, "# Judge to Boston, Soto hurt", "move,aaron judge,team,bos",
                "remove,Juan Soto,,", "", "park,COL,elevation_ft,0   # Coors at sea level", "park,tor,roof,closed",
                "park,BOS,fence_height_ft,10", "dh,ALL,,off");
        assertThat(changes).containsExactly(new MovePlayer("Aaron Judge", "BOS"), new RemovePlayer("Juan Soto"),
                new ParkChange("COL", "elevation_ft", 0), new ParkChange("TOR", "roof", ParkChange.ROOF_CLOSED_F),
                new ParkChange("BOS", "fence_height_ft", 10), new DhOff("ALL"));
        League changed = LeagueEdit.apply(changes);
        League real = League.mlb2025();
        assertThat(plays(real.team("NYY"), "Aaron Judge")).isTrue();
        assertThat(plays(changed.team("NYY"), "Aaron Judge")).isFalse();
        assertThat(plays(changed.team("BOS"), "Aaron Judge")).isTrue();
        assertThat(changed.teams().values()).noneMatch(t -> plays(t, "Juan Soto"));
        assertThat(changed.park("COL").atmosphere().elevationFt()).isZero();
        assertThat(real.park("COL").atmosphere().elevationFt()).isGreaterThan(5000);
        assertThat(changed.park("TOR").atmosphere().temperatureF()).isEqualTo(72.0);
        assertThat(changed.park("BOS").fenceHeightFt()).isEqualTo(10.0);
        for (TeamRoster t : changed.teams().values()) {
            List<LineupSlot> lineup = t.lineup();
            assertThat(lineup.getLast().hitter().name()).as(t.team()).isEqualTo(PitcherAtBat.NAME);
            assertThat(lineup).as(t.team()).hasSize(9).filteredOn(s -> s.position().equals("DH")).hasSize(1);
        }
        assertThat(real.team("LAD").lineup()).noneMatch(s -> s.hitter().name().equals(PitcherAtBat.NAME));
    }

    @Test
    void mistakesNameTheLineAndTheField() {
        assertThatThrownBy(() -> parse(ChangesFile.HEADER, "move,Aron Jugde,team,BOS")).isInstanceOf(InputException.class)
                .hasMessageStartingWith("what.csv line 2: subject = 'Aron Jugde' is not a 2025 player; closest: Aaron Judge");
        assertThatThrownBy(() -> parse(ChangesFile.HEADER, "remove,Aaron Judge,,", "move,Aaron Judge,team,XXX"))
                .hasMessageStartingWith("what.csv line 3: value = 'XXX' is not a 2025 team; valid: ARI");
        assertThatThrownBy(() -> parse(ChangesFile.HEADER, "move,Aaron Judge,team,NYY"))
                .hasMessage("what.csv line 2: value = 'NYY' Aaron Judge already plays for NYY");
        assertThatThrownBy(() -> parse(ChangesFile.HEADER, "park,COL,elevation_ft"))
                .hasMessageStartingWith("what.csv line 2: line = 'park,COL,elevation_ft' has 3 cells, expected 4");
        assertThatThrownBy(() -> parse(ChangesFile.HEADER, "park,COL,elevation_ft,high"))
                .hasMessage("what.csv line 2: value = 'high' is not a number");
        assertThatThrownBy(() -> parse(ChangesFile.HEADER, "park,COL,center_ft,900"))
                .hasMessage("what.csv line 2: value = '900' center_ft is out of range: allowed 250 to 550");
        assertThatThrownBy(() -> parse(ChangesFile.HEADER, "park,COL,wind,5"))
                .hasMessageStartingWith("what.csv line 2: field = 'wind' is not one of: left_line_ft");
        assertThatThrownBy(() -> parse(ChangesFile.HEADER, "trade,Aaron Judge,team,BOS"))
                .hasMessage("what.csv line 2: change = 'trade' is not one of: move, remove, park, dh");
        assertThatThrownBy(() -> parse("player,team", "Aaron Judge,BOS"))
                .hasMessageStartingWith("what.csv line 1: header = 'player,team' must be");
        assertThatThrownBy(() -> parse(ChangesFile.HEADER, "dh,ALL,,on")).hasMessageStartingWith("what.csv line 2: value = 'on'");
        assertThatThrownBy(() -> parse(ChangesFile.HEADER)).hasMessageContaining("has no changes");
    }

    @Test
    void equalChangesGiveEqualKeysAndOthersDiffer() {
        String a = ChangesFile.canonical(parse(ChangesFile.HEADER, "move, Aaron Judge ,team,bos"));
        String b = ChangesFile.canonical(parse(ChangesFile.HEADER, "MOVE,aaron judge,TEAM,BOS   # same"));
        assertThat(a).isEqualTo(b).isNotEqualTo(ChangesFile.canonical(parse(ChangesFile.HEADER, "move,Aaron Judge,team,BAL")));
    }
}
