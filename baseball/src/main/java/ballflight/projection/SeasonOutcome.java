package ballflight.projection;

import ballflight.season.PostseasonResult;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What a projection keeps of one season: each team's wins and how far it went, in the order of
 * the projection's team list. About 60 bytes a season, so runs, checkpoints and the cache never
 * hold games.
 *
 * @param wins regular-season wins per team
 * @param reached {@link Reached} bits per team
 */
public record SeasonOutcome(int[] wins, int[] reached) {
    public SeasonOutcome {
        wins = wins.clone();
        reached = reached.clone();
        if (wins.length != reached.length) {
            throw new IllegalArgumentException("wins and reached cover the same teams");
        }
    }

    /** The outcome of a played season for {@code teams} (in that order). */
    public static SeasonOutcome of(List<String> teams, Map<String, Integer> wins, PostseasonResult postseason) {
        int[] w = new int[teams.size()];
        int[] r = new int[teams.size()];
        for (int i = 0; i < teams.size(); i++) {
            String t = teams.get(i);
            w[i] = wins.getOrDefault(t, 0);
            r[i] = Reached.of(t, postseason);
        }
        return new SeasonOutcome(w, r);
    }

    public int wins(int team) {
        return wins[team];
    }

    public boolean reached(int team, Reached stage) {
        return stage.in(reached[team]);
    }

    public int teams() {
        return wins.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SeasonOutcome s && Arrays.equals(wins, s.wins) && Arrays.equals(reached, s.reached);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(wins) + Arrays.hashCode(reached);
    }

    @Override
    public String toString() {
        return Arrays.toString(wins) + Arrays.toString(reached);
    }
}
