package ballflight.season;

import ballflight.game.BattingLine;
import ballflight.game.PitchingLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Issue 12's fidelity table: K simulated seasons against 2025, team by team and player by player.
 * Team wins are compared as the mean over the seasons (as the issue states); every other row is
 * computed in each season and averaged, so it says what one season looks like. Hitters qualify
 * with 400 simulated PA, pitchers with 100 simulated IP. When fewer than the 2430 games are played,
 * wins are taken per 162 games and the thresholds and 2025 playing time are prorated; the targets
 * are meant for full seasons.
 *
 * @param seeds each season's seed, in order
 * @param games games per season
 * @param rows the table, in the order
 * @param standings teams by mean simulated wins
 * @param homeRunLeaders hitters by mean simulated home runs
 * @param strikeoutLeaders pitchers by mean simulated strikeouts
 * @param overruns pitchers by how far their mean simulated innings pass 1.25 x 2025 IP + 20
 */
public record FidelityReport(List<Long> seeds, int games, List<FidelityRow> rows, List<TeamLine> standings,
                             List<PlayerLine> homeRunLeaders, List<PlayerLine> strikeoutLeaders,
                             List<PlayerLine> overruns) {
    public static final int SEASON_GAMES = 2430;
    /** A team's games in a season: the trials its wins are a share of. */
    static final double GAMES_PER_TEAM = 162.0;
    static final int TEAM_GAMES = 162;
    static final int MIN_PA = 400;
    static final int MIN_OUTS = 300;
    /** A workload overrun: more than 1.25 x the 2025 innings + 20. */
    static final double OVERRUN_FACTOR = 1.25;
    static final double OVERRUN_SLACK_IP = 20;
    static final int LEADERS = 10;

    public FidelityReport {
        seeds = List.copyOf(seeds);
        rows = List.copyOf(rows);
        standings = List.copyOf(standings);
        homeRunLeaders = List.copyOf(homeRunLeaders);
        strikeoutLeaders = List.copyOf(strikeoutLeaders);
        overruns = List.copyOf(overruns);
    }

    /** @param meanWins simulated wins per 162 games, mean over the seasons */
    public record TeamLine(String team, String league, String division, int wins2025, int losses2025, double meanWins,
                           double minWins, double maxWins) {
    }

    /**
     * A player's mean simulated season beside his 2025 season. Hitters: count = HR, playing time = PA;
     * pitchers: count = K, playing time = IP.
     */
    public record PlayerLine(String name, String team, double count, double playingTime, int count2025,
                             double playingTime2025, int games2025) {
    }

    public FidelityRow row(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no fidelity row " + key));
    }

    /**
     * @param seasons the simulated seasons, each of the same {@code games} first schedule games
     * @param seeds their seeds, same order
     */
    public static FidelityReport of(List<SeasonTotals> seasons, List<Long> seeds, int games, Actual2025 actual) {
        if (seasons.isEmpty() || seasons.size() != seeds.size()) {
            throw new IllegalArgumentException("need one seed per season and at least one season, got "
                    + seasons.size() + " seasons and " + seeds.size() + " seeds");
        }
        if (games < 1 || games > SEASON_GAMES) {
            throw new IllegalArgumentException("games must be 1 to " + SEASON_GAMES + ", got " + games);
        }
        return new Builder(seasons, games, actual).build(seeds);
    }

    private static final class Builder {
        private final List<SeasonTotals> seasons;
        private final Actual2025 actual;
        /** Share of the full schedule played: prorates thresholds and 2025 playing time. */
        private final double share;
        private final List<Map<String, Double>> winsPer162 = new ArrayList<>();
        private final List<Map<String, BattingLine>> batting = new ArrayList<>();
        private final List<Map<String, PitchingLine>> pitching = new ArrayList<>();

        Builder(List<SeasonTotals> seasons, int games, Actual2025 actual) {
            this.seasons = seasons;
            this.actual = actual;
            this.share = (double) games / SEASON_GAMES;
            for (SeasonTotals t : seasons) {
                Map<String, Double> wins = new HashMap<>();
                for (SeasonTotals.Standing s : t.standings()) {
                    int g = s.wins() + s.losses();
                    wins.put(s.team(), g == 0 ? 0.0 : (double) TEAM_GAMES * s.wins() / g);
                }
                winsPer162.add(wins);
                Map<String, BattingLine> b = new HashMap<>();
                t.batters().forEach(l -> b.put(key(l.team, l.name), l));
                batting.add(b);
                Map<String, PitchingLine> p = new HashMap<>();
                t.pitchers().forEach(l -> p.put(key(l.team, l.name), l));
                pitching.add(p);
            }
        }

        FidelityReport build(List<Long> seeds) {
            List<FidelityRow> rows = new ArrayList<>();
            rows.addAll(teamRows());
            // K% comes out of whiffs and chases (not an input), BB% goes in (it steers the pitchers' aim).
            rows.add(hitterRate("hitter_k_pct", "hitters >= 400 PA: K%", h -> pct(h.k(), h.pa()), b -> pct(b.k, b.pa), "pp",
                    FidelityTarget.rAndSlope(0.85, 0.85, 1.15), RowLuck.binomial(h -> (double) h.k() / h.pa(), h -> h.pa()),
                    Expectation.none()));
            rows.add(hitterRate("hitter_bb_pct", "hitters >= 400 PA: BB%", h -> pct(h.bb(), h.pa()), b -> pct(b.bb, b.pa),
                    "pp", FidelityTarget.rAndSlope(0.90, 0.85, 1.15), RowLuck.none(), Expectation.none()));
            rows.add(hitterRate("hitter_hr_pct", "hitters >= 400 PA: HR/PA", h -> pct(h.hr(), h.pa()),
                    b -> pct(b.hr, b.pa), "pp", FidelityTarget.rAndSlope(0.85, 0.85, 1.15),
                    RowLuck.binomial(h -> (double) h.hr() / h.pa(), h -> h.pa()), Expectation.none()));
            // At-bats as PA - BB (the data has no hit-by-pitch or sacrifice counts).
            rows.add(hitterRate("hitter_iso", "hitters >= 400 PA: ISO", Actual2025.Hitter::iso, b -> b.slg() - b.avg(), "",
                    FidelityTarget.r(0.80), RowLuck.scatter(h -> h.pa() - h.bb(), b -> b.ab),
                    new Expectation<>("xSLG - xBA", Actual2025.Hitter::xIso)));
            rows.add(hitterRate("hitter_avg", "hitters >= 400 PA: AVG", Actual2025.Hitter::avg, BattingLine::avg, "",
                    FidelityTarget.r(0.50), RowLuck.binomial(Actual2025.Hitter::avg, h -> h.pa() - h.bb()),
                    new Expectation<>("xBA", Actual2025.Hitter::xba)));
            rows.add(pitcherRate("pitcher_k_pct", "pitchers >= 100 IP: K%", p -> pct(p.k(), p.battersFaced()),
                    l -> pct(l.k, l.bf), "pp", FidelityTarget.rAndSlope(0.85, 0.85, 1.15),
                    RowLuck.binomial(p -> (double) p.k() / p.battersFaced(), p -> p.battersFaced()), Expectation.none()));
            rows.add(pitcherRate("pitcher_bb_pct", "pitchers >= 100 IP: BB%", p -> pct(p.bb(), p.battersFaced()),
                    l -> pct(l.bb, l.bf), "pp", FidelityTarget.r(0.80), RowLuck.none(), Expectation.none()));
            rows.add(pitcherRate("pitcher_era", "pitchers >= 100 IP: ERA", Actual2025.Pitcher::era, PitchingLine::era,
                    "R/9", FidelityTarget.r(0.55), RowLuck.scatter(p -> p.outs(), l -> l.outs),
                    new Expectation<>("xERA", Actual2025.Pitcher::xera)));
            rows.addAll(workloadRows());
            rows.add(homeRunLeaderRow());
            return new FidelityReport(seeds, (int) Math.round(share * SEASON_GAMES), rows, standings(),
                    hitterLeaders(), pitcherLeaders(), overruns());
        }

        private List<FidelityRow> teamRows() {
            int k = seasons.size();
            double[] real = new double[actual.teams().size()];
            double[] mean = new double[real.length];
            List<Double> perSeasonR = new ArrayList<>();
            List<Double> perSeasonSd = new ArrayList<>();
            List<Double> perSeasonCol = new ArrayList<>();
            List<double[]> byTeam = new ArrayList<>();
            for (int i = 0; i < real.length; i++) {
                Actual2025.Team t = actual.teams().get(i);
                real[i] = t.wins();
                byTeam.add(winsPer162.stream().mapToDouble(w -> w.getOrDefault(t.team(), 0.0)).toArray());
            }
            for (int s = 0; s < k; s++) {
                double[] sim = new double[real.length];
                for (int i = 0; i < real.length; i++) {
                    sim[i] = byTeam.get(i)[s];
                    mean[i] += sim[i] / k;
                }
                perSeasonR.add(Agreement.of(real, sim).r());
                perSeasonSd.add(Agreement.sd(sim));
                perSeasonCol.add(winsPer162.get(s).getOrDefault("COL", 0.0));
            }
            Agreement a = Agreement.of(real, mean);
            return List.of(
                    new FidelityRow("team_wins", "team wins: mean simulated wins vs 2025", a.n(), a.r(), a.slope(), a.rms(),
                            Double.NaN, SeasonError.jackknife(withoutEachSeason(real, mean, byTeam, k)), "W", perSeasonR,
                            FidelityTarget.r(0.85), NoiseBound.of(real, byTeam, k),
                            LuckBound.of(java.util.Arrays.stream(real).map(w -> w / GAMES_PER_TEAM).toArray(),
                                    java.util.Arrays.stream(real).map(w -> GAMES_PER_TEAM).toArray()), ExpectedStat.NONE),
                    value("team_wins_sd", "sd of team wins in one season (2025: "
                            + String.format(java.util.Locale.ROOT, "%.1f", Agreement.sd(real)) + ")", perSeasonSd, "W",
                            FidelityTarget.value(10, 13.5)),
                    value("rockies_wins", "Rockies' mean wins (2025: " + actual.teams().stream()
                                    .filter(t -> t.team().equals("COL")).mapToInt(Actual2025.Team::wins).sum() + ")",
                            perSeasonCol, "W", FidelityTarget.value(Double.NEGATIVE_INFINITY, 55)));
        }

        private FidelityRow hitterRate(String key, String label, ToDoubleFunction<Actual2025.Hitter> real,
                                       ToDoubleFunction<BattingLine> sim, String unit, FidelityTarget target,
                                       RowLuck<Actual2025.Hitter, BattingLine> luck,
                                       Expectation<Actual2025.Hitter> expected) {
            return rate(key, label, unit, target, actual.hitters(), batting, h -> key(h.team(), h.name()),
                    (h, b) -> h.pa() > 0 && b.pa >= MIN_PA * share, real, sim, luck, expected);
        }

        private FidelityRow pitcherRate(String key, String label, ToDoubleFunction<Actual2025.Pitcher> real,
                                        ToDoubleFunction<PitchingLine> sim, String unit, FidelityTarget target,
                                        RowLuck<Actual2025.Pitcher, PitchingLine> luck,
                                        Expectation<Actual2025.Pitcher> expected) {
            return rate(key, label, unit, target, actual.pitchers(), pitching, p -> key(p.team(), p.name()),
                    (p, l) -> p.battersFaced() > 0 && !Double.isNaN(real.applyAsDouble(p)) && l.outs >= MIN_OUTS * share,
                    real, sim, luck, expected);
        }

        /** A rate row over the players with a qualifying line in each season. */
        private <A, L> FidelityRow rate(String key, String label, String unit, FidelityTarget target, List<A> players,
                                        List<Map<String, L>> lines, Function<A, String> keyOf,
                                        BiPredicate<A, L> qualifies, ToDoubleFunction<A> real, ToDoubleFunction<L> sim,
                                        RowLuck<A, L> luck, Expectation<A> expected) {
            FidelityRow row = perSeason(key, label, unit, target,
                    season -> pairs(players, lines.get(season), keyOf, qualifies, real, sim));
            double[] realValues = new double[players.size()];
            List<double[]> simulated = new ArrayList<>();
            List<List<L>> qualifiedLines = new ArrayList<>();
            for (int i = 0; i < players.size(); i++) {
                A a = players.get(i);
                realValues[i] = real.applyAsDouble(a);
                List<L> qualified = lines.stream().map(m -> m.get(keyOf.apply(a)))
                        .filter(l -> l != null && qualifies.test(a, l)).toList();
                qualifiedLines.add(qualified);
                simulated.add(qualified.stream().mapToDouble(sim).toArray());
            }
            double luckBound = luck.bound(players, qualifiedLines, realValues, simulated);
            return row.with(NoiseBound.of(realValues, simulated, 1), luckBound,
                    expected(expected, players, lines, keyOf, qualifies, real, sim, qualifiedLines));
        }

        /**
         * The row against Statcast's expected stat: in each season over the qualifying players who have one, and
         * 2025's expected stat against 2025's value over the players who qualified in any season.
         */
        private <A, L> ExpectedStat expected(Expectation<A> expected, List<A> players, List<Map<String, L>> lines,
                                             Function<A, String> keyOf, BiPredicate<A, L> qualifies,
                                             ToDoubleFunction<A> real, ToDoubleFunction<L> sim,
                                             List<List<L>> qualifiedLines) {
            if (expected.stat().isEmpty()) {
                return ExpectedStat.NONE;
            }
            FidelityRow vsExpected = perSeason("", "", "", FidelityTarget.NONE,
                    season -> pairs(players, lines.get(season), keyOf, qualifies, expected.of(), sim));
            List<double[]> pairs2025 = new ArrayList<>();
            for (int i = 0; i < players.size(); i++) {
                double x = expected.of().applyAsDouble(players.get(i));
                if (!qualifiedLines.get(i).isEmpty() && !Double.isNaN(x)) {
                    pairs2025.add(new double[] {x, real.applyAsDouble(players.get(i))});
                }
            }
            return new ExpectedStat(expected.stat(), agreement(pairs2025).r(), vsExpected.r(), vsExpected.perSeason());
        }

        /** The agreement of (first, second) pairs. */
        private static Agreement agreement(List<double[]> pairs) {
            return Agreement.of(pairs.stream().mapToDouble(p -> p[0]).toArray(),
                    pairs.stream().mapToDouble(p -> p[1]).toArray());
        }

        /** (x, simulated value) of the players who qualify in {@code season} and have an x (not NaN). */
        private static <A, L> List<double[]> pairs(List<A> players, Map<String, L> season, Function<A, String> keyOf,
                                                   BiPredicate<A, L> qualifies, ToDoubleFunction<A> x,
                                                   ToDoubleFunction<L> sim) {
            List<double[]> pairs = new ArrayList<>();
            for (A a : players) {
                L line = season.get(keyOf.apply(a));
                double value = x.applyAsDouble(a);
                if (line != null && !Double.isNaN(value) && qualifies.test(a, line)) {
                    pairs.add(new double[] {value, sim.applyAsDouble(line)});
                }
            }
            return pairs;
        }

        /** Statcast's expected stat for a row's 2025 players (NaN for a player without one); empty name: none. */
        private record Expectation<A>(String stat, ToDoubleFunction<A> of) {
            static <A> Expectation<A> none() {
                return new Expectation<>("", a -> Double.NaN);
            }
        }

        private List<FidelityRow> workloadRows() {
            List<Double> over = new ArrayList<>();
            for (Map<String, PitchingLine> season : pitching) {
                over.add((double) actual.pitchers().stream().filter(p -> overrun(p, season) > 0).count());
            }
            return List.of(
                    perSeason("pitcher_ip", "IP per pitcher vs 2025 (all pitchers)", "IP", FidelityTarget.r(0.95),
                            season -> actual.pitchers().stream().map(p -> new double[] {p.innings() * share,
                                    outs(pitching.get(season), p) / 3.0}).toList()),
                    value("pitcher_ip_overruns", "pitchers over 1.25 x 2025 IP + 20", over, "",
                            FidelityTarget.value(0, 0)),
                    perSeason("hitter_pa", "PA per hitter vs 2025 (all hitters)", "PA", FidelityTarget.r(0.95),
                            season -> actual.hitters().stream().map(h -> {
                                BattingLine b = batting.get(season).get(key(h.team(), h.name()));
                                return new double[] {h.pa() * share, b == null ? 0 : b.pa};
                            }).toList()));
        }

        private FidelityRow homeRunLeaderRow() {
            List<Double> leaders = batting.stream()
                    .map(m -> (double) m.values().stream().mapToInt(b -> b.hr).max().orElse(0)).toList();
            return value("hr_leader", "season HR leader (2025: " + actual.hitters().stream()
                    .mapToInt(Actual2025.Hitter::hr).max().orElse(0) + ")", leaders, "HR", FidelityTarget.value(52, 64));
        }

        /** Innings past the overrun line (negative: within it), prorated for short runs. */
        private double overrun(Actual2025.Pitcher p, Map<String, PitchingLine> season) {
            return outs(season, p) / 3.0 - share * (OVERRUN_FACTOR * p.innings() + OVERRUN_SLACK_IP);
        }

        /**
         * The r of mean wins with each season left out in turn (none for a single season); {@code byTeam}
         * holds each team's wins in each of the {@code k} seasons.
         */
        private static double[] withoutEachSeason(double[] real, double[] mean, List<double[]> byTeam, int k) {
            if (k < 2) {
                return new double[0];
            }
            double[] r = new double[k];
            for (int s = 0; s < k; s++) {
                double[] others = new double[real.length];
                for (int i = 0; i < real.length; i++) {
                    others[i] = (k * mean[i] - byTeam.get(i)[s]) / (k - 1);
                }
                r[s] = Agreement.of(real, others).r();
            }
            return r;
        }

        private static int outs(Map<String, PitchingLine> season, Actual2025.Pitcher p) {
            PitchingLine l = season.get(key(p.team(), p.name()));
            return l == null ? 0 : l.outs;
        }

        /** A correlation row: pairs (2025, simulated) in each season, the figures averaged over seasons. */
        private FidelityRow perSeason(String key, String label, String unit, FidelityTarget target,
                                      Function<Integer, List<double[]>> pairsOf) {
            double n = 0;
            double r = 0;
            double slope = 0;
            double rms = 0;
            List<Double> rs = new ArrayList<>();
            for (int s = 0; s < seasons.size(); s++) {
                Agreement a = agreement(pairsOf.apply(s));
                n += a.n();
                r += a.r();
                slope += a.slope();
                rms += a.rms();
                rs.add(a.r());
            }
            int k = seasons.size();
            return new FidelityRow(key, label, n / k, r / k, slope / k, rms / k, Double.NaN, SeasonError.ofMean(rs), unit, rs,
                    target, Double.NaN, Double.NaN, ExpectedStat.NONE);
        }

        private static FidelityRow value(String key, String label, List<Double> perSeason, String unit,
                                         FidelityTarget target) {
            double mean = perSeason.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            return new FidelityRow(key, label, 0, Double.NaN, Double.NaN, Double.NaN, mean, SeasonError.ofMean(perSeason),
                    unit, perSeason, target, Double.NaN, Double.NaN, ExpectedStat.NONE);
        }

        private List<TeamLine> standings() {
            List<TeamLine> out = new ArrayList<>();
            for (Actual2025.Team t : actual.teams()) {
                double[] w = winsPer162.stream().mapToDouble(m -> m.getOrDefault(t.team(), 0.0)).toArray();
                out.add(new TeamLine(t.team(), t.league(), t.division(), t.wins(), t.losses(), Agreement.mean(w),
                        java.util.Arrays.stream(w).min().orElse(0), java.util.Arrays.stream(w).max().orElse(0)));
            }
            out.sort(Comparator.comparingDouble(TeamLine::meanWins).reversed().thenComparing(TeamLine::team));
            return out;
        }

        private List<PlayerLine> hitterLeaders() {
            List<PlayerLine> out = new ArrayList<>();
            for (Actual2025.Hitter h : actual.hitters()) {
                String k = key(h.team(), h.name());
                out.add(new PlayerLine(h.name(), h.team(), meanOver(batting, k, b -> b.hr), meanOver(batting, k, b -> b.pa),
                        h.hr(), h.pa(), 0));
            }
            return top(out, PlayerLine::count);
        }

        private List<PlayerLine> pitcherLeaders() {
            return top(pitcherLines(), PlayerLine::count);
        }

        private List<PlayerLine> overruns() {
            return top(pitcherLines(), l -> l.playingTime() - share * (OVERRUN_FACTOR * l.playingTime2025()
                    + OVERRUN_SLACK_IP));
        }

        private List<PlayerLine> pitcherLines() {
            List<PlayerLine> out = new ArrayList<>();
            for (Actual2025.Pitcher p : actual.pitchers()) {
                String k = key(p.team(), p.name());
                out.add(new PlayerLine(p.name(), p.team(), meanOver(pitching, k, l -> l.k),
                        meanOver(pitching, k, l -> l.outs / 3.0), p.k(), p.innings(), p.games()));
            }
            return out;
        }

        /** A player's mean over the seasons; a season without his line counts as zero. */
        private static <T> double meanOver(List<Map<String, T>> seasons, String key, ToDoubleFunction<T> f) {
            return seasons.stream().mapToDouble(m -> m.containsKey(key) ? f.applyAsDouble(m.get(key)) : 0).average()
                    .orElse(0);
        }

        private static List<PlayerLine> top(List<PlayerLine> lines, ToDoubleFunction<PlayerLine> by) {
            return lines.stream().sorted(Comparator.comparingDouble(by).reversed().thenComparing(PlayerLine::name))
                    .limit(LEADERS).toList();
        }

        private static double pct(int count, int of) {
            return of == 0 ? 0.0 : 100.0 * count / of;
        }

        private static String key(String team, String name) {
            return team + "|" + name;
        }
    }
}
