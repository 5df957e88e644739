package ballflight.projection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The per-team summary of {@code n} seasons, most mean wins first (ties by team). Built from the
 * kept {@link SeasonOutcome}s with integer counts, so it does not depend on the order in which
 * seasons finished.
 *
 * @param seasons how many seasons
 * @param teams one row per team
 */
public record ProjectionTable(int seasons, List<TeamProjection> teams) {
    public ProjectionTable {
        teams = List.copyOf(teams);
    }

    public static ProjectionTable of(List<String> teamNames, List<SeasonOutcome> outcomes) {
        int n = outcomes.size();
        if (n < 1) {
            throw new IllegalArgumentException("a projection needs at least one season");
        }
        List<TeamProjection> rows = new ArrayList<>();
        for (int t = 0; t < teamNames.size(); t++) {
            int[] wins = new int[n];
            long sum = 0;
            long squares = 0;
            Map<Reached, Integer> hits = new EnumMap<>(Reached.class);
            for (int s = 0; s < n; s++) {
                SeasonOutcome o = outcomes.get(s);
                wins[s] = o.wins(t);
                sum += wins[s];
                squares += (long) wins[s] * wins[s];
                for (Reached r : Reached.values()) {
                    hits.merge(r, o.reached(t, r) ? 1 : 0, Integer::sum);
                }
            }
            Arrays.sort(wins);
            double mean = (double) sum / n;
            double sd = n < 2 ? 0.0 : Math.sqrt(Math.max(0.0, (squares - n * mean * mean) / (n - 1)));
            Map<Reached, Estimate> odds = new EnumMap<>(Reached.class);
            hits.forEach((r, h) -> odds.put(r, Estimate.share(h, n)));
            rows.add(new TeamProjection(teamNames.get(t), mean, sd / Math.sqrt(n), sd, percentile(wins, 0.05),
                    percentile(wins, 0.50), percentile(wins, 0.95), odds));
        }
        rows.sort(Comparator.comparingDouble((TeamProjection r) -> -r.meanWins()).thenComparing(TeamProjection::team));
        return new ProjectionTable(n, rows);
    }

    /** Nearest-rank percentile of sorted values. */
    static int percentile(int[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    public TeamProjection team(String name) {
        return teams.stream().filter(t -> t.team().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no team " + name));
    }
}
