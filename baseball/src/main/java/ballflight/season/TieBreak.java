package ballflight.season;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Orders teams by wins and breaks ties with simplified MLB rules, in this order: (1) winning
 * percentage in the games among the tied teams (head-to-head), (2) winning percentage within the
 * team's own division, (3) a seeded draw. Each rule is applied to the whole tied group at once
 * (MLB re-applies rules to sub-groups; we do not). The draw takes one number per team of a
 * tied group, in alphabetical order, so it depends only on the seed and on who is tied.
 */
public final class TieBreak {
    private final Map<String, Integer> wins;
    private final HeadToHead headToHead;
    private final Divisions divisions;
    private final RandomGenerator draw;

    /**
     * @param wins regular-season wins by team
     * @param draw the generator for the last rule (used only when a tie survives the first two)
     */
    public TieBreak(Map<String, Integer> wins, HeadToHead headToHead, Divisions divisions, RandomGenerator draw) {
        this.wins = Map.copyOf(wins);
        this.headToHead = headToHead;
        this.divisions = divisions;
        this.draw = draw;
    }

    /** {@code teams} from most to fewest wins, ties broken as described above. */
    public List<String> order(List<String> teams) {
        List<String> byWins = new ArrayList<>(teams);
        byWins.sort(Comparator.comparingInt((String t) -> -wins.getOrDefault(t, 0)).thenComparing(t -> t));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < byWins.size(); ) {
            int j = i;
            int w = wins.getOrDefault(byWins.get(i), 0);
            while (j < byWins.size() && wins.getOrDefault(byWins.get(j), 0) == w) {
                j++;
            }
            out.addAll(j - i == 1 ? byWins.subList(i, j) : breakTie(byWins.subList(i, j)));
            i = j;
        }
        return out;
    }

    private List<String> breakTie(List<String> tied) {
        Map<String, Double> h2h = new HashMap<>();
        Map<String, Double> intra = new HashMap<>();
        Map<String, Double> lot = new HashMap<>();
        for (String t : tied) {
            h2h.put(t, pct(t, tied));
            intra.put(t, pct(t, divisions.teamsOf(divisions.league().get(t), divisions.division().get(t))));
        }
        boolean needDraw = tied.stream().map(t -> h2h.get(t) + "/" + intra.get(t)).distinct().count() < tied.size();
        for (String t : tied) {
            lot.put(t, needDraw ? draw.nextDouble() : 0.0);
        }
        List<String> out = new ArrayList<>(tied);
        out.sort(Comparator.comparingDouble((String t) -> -h2h.get(t)).thenComparingDouble(t -> -intra.get(t))
                .thenComparingDouble(lot::get).thenComparing(t -> t));
        return out;
    }

    /** {@code team}'s winning percentage against the others of {@code group} (0.5 when they never met). */
    private double pct(String team, List<String> group) {
        int won = 0;
        int lost = 0;
        for (String other : group) {
            if (!other.equals(team)) {
                won += headToHead.wins(team, other);
                lost += headToHead.wins(other, team);
            }
        }
        return won + lost == 0 ? 0.5 : (double) won / (won + lost);
    }
}
