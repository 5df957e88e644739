package ballflight.projection;

import ballflight.data.LeagueData;
import ballflight.data.Park;
import ballflight.game.TeamRoster;
import ballflight.season.Divisions;
import ballflight.season.League;
import ballflight.season.SeasonRunner;
import java.util.LinkedHashMap;
import java.util.Map;

/** Leagues and projections cheap enough for unit tests. */
final class TestLeagues {
    private TestLeagues() {
    }

    /** Thirty copies of one team (NYY's roster under each 2025 name), all in one neutral park. */
    static League identical() {
        League real = League.mlb2025();
        TeamRoster model = real.team("NYY");
        Park neutral = LeagueData.mlb2025().neutralPark();
        Map<String, TeamRoster> teams = new LinkedHashMap<>();
        Map<String, Park> parks = new LinkedHashMap<>();
        for (String team : Divisions.mlb2025().league().keySet()) {
            teams.put(team, new TeamRoster(team, model.lineup(), model.bench(), model.rotation(), model.bullpen(),
                    model.plan(), model.spots(), model.pitcherSpot(), model.stolenBases(), model.holding(), model.depthBats()));
            parks.put(team, neutral);
        }
        return new League(teams, parks, Divisions.mlb2025());
    }

    /** The real 2025 league, every plate appearance drawn from league rates. */
    static Projection.Builder coinFlips() {
        return Projection.builder().cache(null).atBats("coin-flips",
                profile -> new SeasonRunner.Worker(new CoinFlipAtBats(), () -> { }));
    }
}
