package ballflight.projection;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.data.Hitter;
import ballflight.data.LeagueData;
import ballflight.data.Pitcher;
import ballflight.season.League;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A moved player plays for his new team but keeps what his 2025 numbers were measured in. */
class LeagueEditTest {
    @Test
    void aRockieMovedToNewYorkKeepsTheThinAirHisRatesWereEarnedIn() {
        LeagueData data = LeagueData.mlb2025();
        Hitter hitter = data.hitters().stream().filter(h -> h.team().equals("COL")).findFirst().orElseThrow();
        Pitcher pitcher = data.pitchers().stream().filter(p -> p.team().equals("COL") && p.starter())
                .findFirst().orElseThrow();
        assertThat(hitter.ratesBreakScale()).isLessThan(0.95);
        League league = LeagueEdit.apply(List.of(new MovePlayer(hitter.name(), "NYY"), new MovePlayer(pitcher.name(), "NYY")));
        Hitter moved = league.team("NYY").allHitters().stream().filter(h -> h.name().equals(hitter.name()))
                .findFirst().orElseThrow();
        Pitcher movedArm = Stream.concat(league.team("NYY").rotation().stream(), league.team("NYY").bullpen().stream())
                .filter(p -> p.name().equals(pitcher.name())).findFirst().orElseThrow();
        assertThat(moved.team()).isEqualTo("NYY");
        assertThat(moved.ratesBreakScale()).isEqualTo(hitter.ratesBreakScale());
        assertThat(movedArm.team()).isEqualTo("NYY");
        assertThat(movedArm.ratesBreakScale()).isEqualTo(pitcher.ratesBreakScale());
    }
}
