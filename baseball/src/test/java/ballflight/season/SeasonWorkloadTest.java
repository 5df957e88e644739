package ballflight.season;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.backend.Backend;
import ballflight.data.Pitcher;
import ballflight.engine.FlightSimulator;
import ballflight.game.GameProfile;
import ballflight.game.PitchingLine;
import ballflight.game.Rosters;
import ballflight.game.TeamRoster;
import ballflight.kernel.SimulationMode;
import ballflight.pitch.PaTuning;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Games follow the team's pitching plan: the planned starters start, relievers never do. */
class SeasonWorkloadTest {

    @Test
    void theFirstGamesOfHoustonStartThePlannedStartersAndOkertOnlyRelieves() {
        int games = 30;
        List<ScheduledGame> astros = Schedule.ofTeam(Schedule.mlb2025(), "HOU").subList(0, games);
        SeasonTotals t = new SeasonRunner(() -> FlightSimulator.builder().backend(Backend.JAVA)
                .mode(SimulationMode.EXTREME).build(), PaTuning.DEFAULT, 2).run(astros, 17, done -> { }, new GameProfile());
        TeamRoster hou = Rosters.mlb2025().teams().get("HOU");
        Map<String, Integer> planned = new HashMap<>();
        for (int g = 0; g < games; g++) {
            Pitcher p = hou.starter(g);
            if (p != null) {
                planned.merge(p.name(), 1, Integer::sum);
            }
        }
        Map<String, Integer> started = new HashMap<>();
        int appearances = 0;
        for (PitchingLine l : t.pitchers()) {
            if (l.team.equals("HOU")) {
                if (l.starts > 0) {
                    started.put(l.name, l.starts);
                }
                appearances += l.games;
                assertThat(l.games).as(l.name).isGreaterThanOrEqualTo(l.starts);
            }
        }
        assertThat(started).isEqualTo(planned);
        PitchingLine okert = t.pitchers().stream().filter(l -> l.name.equals("Steven Okert")).findFirst().orElseThrow();
        assertThat(okert.starts).isZero();
        assertThat(okert.games).as("a high-use reliever pitches often").isGreaterThan(games / 5);
        assertThat(appearances).as("relievers pitch in most games").isGreaterThan(2 * games);
    }
}
