package ballflight.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
            assertThat(t.rotation()).as(t.team()).hasSize(5);
            assertThat(t.bullpen()).as(t.team()).isNotEmpty();
            assertThat(t.defense().fielders()).as(t.team()).hasSize(8);
        }
    }

    @Test
    void unknownTeamListsTheClosest() {
        assertThatThrownBy(() -> Rosters.mlb2025().team("--home", "NYX")).isInstanceOf(InputException.class)
                .hasMessageContaining("--home").hasMessageContaining("NYY");
    }
}
