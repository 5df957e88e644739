package ballflight.season;

import java.util.HashMap;
import java.util.Map;

/** Wins of every team against every other over a season: the first tie-breakers need them. */
public final class HeadToHead {
    private final Map<String, Map<String, Integer>> wins = new HashMap<>();

    public void add(String winner, String loser) {
        wins.computeIfAbsent(winner, t -> new HashMap<>()).merge(loser, 1, Integer::sum);
    }

    /** Games {@code team} won against {@code opponent}. */
    public int wins(String team, String opponent) {
        return wins.getOrDefault(team, Map.of()).getOrDefault(opponent, 0);
    }
}
