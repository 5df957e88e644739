package ballflight.season;

import ballflight.data.LeagueData;
import ballflight.data.Park;
import ballflight.game.Rosters;
import ballflight.game.TeamRoster;
import java.util.Map;

/**
 * Everything a season is played with besides the schedule: the teams, the parks (by home team)
 * and the league alignment. The 2025 league is {@link #mlb2025()}; what-ifs build changed copies.
 *
 * @param teams rosters by abbreviation
 * @param parks parks by home team
 * @param divisions leagues and divisions (seeding)
 */
public record League(Map<String, TeamRoster> teams, Map<String, Park> parks, Divisions divisions) {
    public League {
        teams = Map.copyOf(teams);
        parks = Map.copyOf(parks);
    }

    private static final class Holder {
        static final League INSTANCE = new League(Rosters.mlb2025().teams(), LeagueData.mlb2025().parks(),
                Divisions.mlb2025());
    }

    /** The 2025 league as it was. */
    public static League mlb2025() {
        return Holder.INSTANCE;
    }

    public TeamRoster team(String abbreviation) {
        TeamRoster t = teams.get(abbreviation);
        if (t == null) {
            throw new IllegalArgumentException("no roster for " + abbreviation);
        }
        return t;
    }

    public Park park(String homeTeam) {
        Park p = parks.get(homeTeam);
        if (p == null) {
            throw new IllegalArgumentException("no park for " + homeTeam);
        }
        return p;
    }
}
