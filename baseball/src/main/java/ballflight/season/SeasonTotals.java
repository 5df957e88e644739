package ballflight.season;

import ballflight.game.BattingLine;
import ballflight.game.GameResult;
import ballflight.game.PitchingLine;
import ballflight.pa.PaStats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a season keeps: standings, league totals, per-player lines and failures. Games are
 * added in schedule order (the runner guarantees it), so the totals (including floating-point
 * sums) are the same for any thread count. Memory grows with players, not games.
 */
public final class SeasonTotals {
    /** Runs in a team-game counted one by one up to here (2025's most was 25). */
    public static final int RUNS_SHOWN = 20;
    private final Map<String, int[]> record = new TreeMap<>();
    private final Map<String, BattingLine> batters = new TreeMap<>();
    private final Map<String, PitchingLine> pitchers = new TreeMap<>();
    /** Per home park: games, runs, home runs. */
    private final Map<String, long[]> parks = new TreeMap<>();
    /** Per team: road games, runs in them (both teams). */
    private final Map<String, long[]> road = new TreeMap<>();
    private final List<GameFailure> failures = new ArrayList<>();
    private final PaStats league = new PaStats();
    private final HeadToHead headToHead = new HeadToHead();
    /** Team-games by runs scored; the last cell holds that many or more. */
    private final long[] teamGamesByRuns = new long[RUNS_SHOWN + 1];
    private int games;
    private long runs;
    private long homeRuns;
    private int homeWins;

    void add(GameResult g) {
        games++;
        record.computeIfAbsent(g.winner(), t -> new int[2])[0]++;
        record.computeIfAbsent(g.loser(), t -> new int[2])[1]++;
        headToHead.add(g.winner(), g.loser());
        runs += g.awayRuns() + g.homeRuns();
        teamGamesByRuns[Math.min(RUNS_SHOWN, g.awayRuns())]++;
        teamGamesByRuns[Math.min(RUNS_SHOWN, g.homeRuns())]++;
        homeRuns += g.homeRunsHit();
        if (g.homeWon()) {
            homeWins++;
        }
        league.merge(g.stats());
        long[] park = parks.computeIfAbsent(g.home(), t -> new long[3]);
        park[0]++;
        park[1] += g.awayRuns() + g.homeRuns();
        park[2] += g.homeRunsHit();
        long[] away = road.computeIfAbsent(g.away(), t -> new long[2]);
        away[0]++;
        away[1] += g.awayRuns() + g.homeRuns();
        for (List<BattingLine> side : List.of(g.awayBatting(), g.homeBatting())) {
            for (BattingLine b : side) {
                batters.computeIfAbsent(b.team + "|" + b.name, k -> new BattingLine(b.name, b.team, b.position)).add(b);
            }
        }
        for (List<PitchingLine> side : List.of(g.awayPitching(), g.homePitching())) {
            for (PitchingLine p : side) {
                pitchers.computeIfAbsent(p.team + "|" + p.name, k -> new PitchingLine(p.name, p.team)).add(p);
            }
        }
    }

    void fail(GameFailure f) {
        failures.add(f);
    }

    public int games() {
        return games;
    }

    public List<GameFailure> failures() {
        return List.copyOf(failures);
    }

    /** Team, wins, losses: most wins first, then fewest losses, then name. */
    public List<Standing> standings() {
        return record.entrySet().stream().map(e -> new Standing(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingInt(Standing::wins).reversed().thenComparingInt(Standing::losses)
                        .thenComparing(Standing::team)).toList();
    }

    /** Wins by team (teams that played). */
    public Map<String, Integer> wins() {
        Map<String, Integer> out = new TreeMap<>();
        record.forEach((team, wl) -> out.put(team, wl[0]));
        return out;
    }

    /** Every team's wins against every other. */
    public HeadToHead headToHead() {
        return headToHead;
    }

    public PaStats league() {
        return league;
    }

    public double runsPerTeamGame() {
        return games == 0 ? 0.0 : runs / (2.0 * games);
    }

    /** Team-games in which a team scored 0, 1, ... runs; the last cell counts {@link #RUNS_SHOWN} or more. */
    public long[] teamGamesByRuns() {
        return teamGamesByRuns.clone();
    }

    public double hrPerTeamGame() {
        return games == 0 ? 0.0 : homeRuns / (2.0 * games);
    }

    public double homeWinPct() {
        return games == 0 ? 0.0 : (double) homeWins / games;
    }

    /** Batting lines by team then name. */
    public List<BattingLine> batters() {
        return List.copyOf(batters.values());
    }

    /** Pitching lines by team then name. */
    public List<PitchingLine> pitchers() {
        return List.copyOf(pitchers.values());
    }

    /**
     * The park factor of {@code team}'s home park: runs per game there over runs per game in the
     * team's road games (both teams), so the team's own strength cancels; NaN without both.
     */
    public double parkFactor(String team) {
        long[] home = parks.get(team);
        long[] away = road.get(team);
        if (home == null || away == null || home[0] == 0 || away[0] == 0 || away[1] == 0) {
            return Double.NaN;
        }
        return ((double) home[1] / home[0]) / ((double) away[1] / away[0]);
    }

    /** Parks by runs per game, highest first (ties by team). */
    public List<ParkLine> parks() {
        return parks.entrySet().stream()
                .map(e -> new ParkLine(e.getKey(), (int) e.getValue()[0], (double) e.getValue()[1] / e.getValue()[0],
                        (double) e.getValue()[2] / e.getValue()[0]))
                .sorted(Comparator.comparingDouble(ParkLine::runsPerGame).reversed().thenComparing(ParkLine::team)).toList();
    }

    /**
     * @param team home team of the park
     * @param games games played there
     * @param runsPerGame both teams' runs per game
     * @param homeRunsPerGame both teams' home runs per game
     */
    public record ParkLine(String team, int games, double runsPerGame, double homeRunsPerGame) {
    }

    /** @param team abbreviation */
    public record Standing(String team, int wins, int losses) {
    }
}
