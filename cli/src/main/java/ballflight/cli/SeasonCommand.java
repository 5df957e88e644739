package ballflight.cli;

import ballflight.data.LeagueData;
import ballflight.engine.FlightSimulator;
import ballflight.export.SeasonFiles;
import ballflight.game.BattingLine;
import ballflight.game.GameProfile;
import ballflight.game.PitchingLine;
import ballflight.game.Rosters;
import ballflight.model.InputException;
import ballflight.pitch.PaTuning;
import ballflight.season.GameFailure;
import ballflight.season.HomeRunQuality;
import ballflight.season.HomeRunQualityRecorder;
import ballflight.season.League;
import ballflight.season.PostseasonResult;
import ballflight.season.PostseasonRunner;
import ballflight.season.Schedule;
import ballflight.season.ScheduledGame;
import ballflight.season.SeasonRunner;
import ballflight.season.SeasonTotals;
import ballflight.season.TwoRecorders;
import ballflight.season.WeatherMode;
import ballflight.units.Decimals;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ballflight season}: the 2025 schedule (or its first N games) on several threads. The
 * output depends only on the seed, the games and the mode (never on threads or backend); timing
 * and progress go to stderr.
 */
@Command(name = "season", mixinStandardHelpOptions = true, sortOptions = false, versionProvider = ManifestVersion.class,
        description = "Simulate the 2025 season (real schedule, rosters and parks): standings, league line, player lines.")
final class SeasonCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SimulationOptions simulation;


    @Option(names = "--seed", paramLabel = "S", required = true, description = "Season seed (any integer).")
    long seed;

    @Option(names = "--games", paramLabel = "N", description = "Play the first N games of the schedule (1 to 2430). Default: all.")
    Integer games;

    @Option(names = "--team", paramLabel = "TEAM", description = "Play only this team's games (2025 abbreviation, e.g. NYY),"
            + " each with the seed it has in the full season; --games N then plays its first N.")
    String team;

    @Mixin
    SeasonOutputOptions io;

    @Option(names = "--weather", paramLabel = "game-day|average", defaultValue = "game-day",
            description = "game-day: each game's temperature from its park, month and day/night and a wind from the"
                    + " park's distribution, seeded per game; average: every game in the park's average air, no wind."
                    + " Default: ${DEFAULT-VALUE}.")
    String weather;

    @Mixin
    ExportOptions export;

    @Option(names = "--charts", paramLabel = "DIR", description = "Also draw standings, runs per team-game and home runs"
            + " by park into DIR (standings, runs, hr-by-park; created if missing).")
    java.nio.file.Path charts;

    @Option(names = "--charts-format", paramLabel = "png|svg", defaultValue = "png",
            description = "Picture format of --charts. Default: ${DEFAULT-VALUE}.")
    String chartsFormat;

    @Option(names = "--profile", description = "Print where the time went to stderr.")
    boolean profile;

    @Option(names = "--hr-quality", description = "Fly every fair batted ball in all 30 parks (season-average air):"
            + " xHR, no-doubters, mostly gone and doubters per hitter and pitcher (Savant's classes). Makes a season"
            + " about 2.7 times as long.")
    boolean hrQuality;

    @Override
    public Integer call() {
        String fmt = io.format();
        List<ScheduledGame> schedule = Schedule.mlb2025();
        String teamKey = null;
        if (team != null) {
            teamKey = team.trim().toUpperCase(Locale.ROOT);
            SortedSet<String> valid = Schedule.teams(schedule);
            if (!valid.contains(teamKey)) {
                throw new InputException("team", "--team: team = '" + team + "' is not a 2025 team; valid: "
                        + String.join(", ", valid));
            }
            schedule = Schedule.ofTeam(schedule, teamKey);
        }
        WeatherMode weatherMode = switch (weather.trim().toLowerCase(Locale.ROOT)) {
            case "game-day" -> WeatherMode.GAME_DAY;
            case "average" -> WeatherMode.AVERAGE;
            default -> throw new InputException("weather", "--weather: weather = '" + weather
                    + "' is not one of: game-day, average");
        };
        int n = games == null ? schedule.size() : games;
        if (n < 1 || n > schedule.size()) {
            throw new InputException("games", "--games: games = " + n + " is out of range: allowed 1 to " + schedule.size()
                    + (teamKey == null ? "" : " (games of " + teamKey + ")"));
        }
        int workers = io.workers();
        io.checkOutput();
        SeasonChartFiles chartFiles = charts == null ? null : SeasonChartFiles.check(charts, chartsFormat);
        PrintWriter err = spec.commandLine().getErr();
        FlightSimulator.Builder builder = simulation.builderReportingBackend(err);
        GameProfile split = new GameProfile();
        long t0 = System.nanoTime();
        SeasonTotals totals;
        SeasonRunner runner = new SeasonRunner(builder::build, PaTuning.DEFAULT, workers).withWeather(weatherMode);
        HomeRunQuality quality = null;
        try (SeasonFiles files = export.open(Rosters.mlb2025(), Schedule.mlb2025());
             HomeRunQualityRecorder parks = hrQuality ? new HomeRunQualityRecorder(builder::build, workers,
                     LeagueData.mlb2025()) : null;
             RateProgress progress = new RateProgress("season", " games", io.quiet, err)) {
            totals = runner.run(schedule.subList(0, n), seed, done -> progress.accept(done, n), split,
                    TwoRecorders.of(files, parks));
            if (files != null) {
                files.commit();
            }
            if (parks != null) {
                quality = parks.result();
            }
        }
        // The postseason needs the whole regular season.
        PostseasonResult postseason = teamKey == null && n == schedule.size() && totals.failures().isEmpty()
                ? PostseasonRunner.play(runner, totals, seed, schedule.size(), League.mlb2025()) : null;
        double secs = (System.nanoTime() - t0) / 1e9;
        err.printf(Locale.ROOT, "%d games in %.1f s = %.1f games/s (%d threads, %s)%n", n, secs, n / secs, workers,
                simulation.describeMode());
        if (profile) {
            err.print(split.describe(secs, Math.min(workers, n)));
            err.flush();
        }
        for (GameFailure f : totals.failures()) {
            err.printf(Locale.ROOT, "error: game %d (%s at %s) failed, seed %d: %s%n", f.index() + 1, f.away(), f.home(),
                    f.seed(), f.message());
        }
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        if (fmt.equals("json")) {
            try {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(
                        json(totals, n, teamKey, postseason, quality)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot serialise a season", e);
            }
        } else {
            text(totals, n, teamKey, out);
            if (quality != null) {
                HomeRunQualityReport.text(quality, out);
            }
            if (postseason != null) {
                PostseasonReport.text(postseason, out);
            }
        }
        out.flush();
        io.emit(spec, text.toString());
        if (chartFiles != null) {
            chartFiles.write(totals, n == Schedule.mlb2025().size() ? "season seed " + seed
                    : n + " games" + (teamKey == null ? "" : " of " + teamKey) + ", seed " + seed);
        }
        return totals.failures().isEmpty() ? ExitCodes.OK : ExitCodes.GAMES_FAILED;
    }

    /** @param teamKey the one team whose games were played, or null for the schedule's first games */
    Map<String, Object> json(SeasonTotals t, int n, String teamKey, PostseasonResult postseason, HomeRunQuality quality) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("games", n);
        m.put("seed", seed);
        if (teamKey != null) {
            m.put("team", teamKey);
        }
        m.put("standings", t.standings().stream().map(s -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("team", s.team());
            row.put("wins", s.wins());
            row.put("losses", s.losses());
            return row;
        }).toList());
        Map<String, Object> league = PaCommand.line(t.league());
        league.put("runs_per_team_game", Decimals.round(t.runsPerTeamGame(), 3));
        league.put("hr_per_team_game", Decimals.round(t.hrPerTeamGame(), 3));
        league.put("home_win_pct", Decimals.round(t.homeWinPct(), 4));
        m.put("league", league);
        m.put("parks", t.parks().stream().map(p -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("team", p.team());
            row.put("games", p.games());
            row.put("runs_per_game", Decimals.round(p.runsPerGame(), 3));
            row.put("hr_per_game", Decimals.round(p.homeRunsPerGame(), 3));
            return row;
        }).toList());
        m.put("failed_games", t.failures().stream().map(f -> Map.of("game", f.index() + 1, "seed", f.seed())).toList());
        m.put("batters", t.batters().stream().map(GameCommand::batting).toList());
        m.put("pitchers", t.pitchers().stream().map(GameCommand::pitching).toList());
        if (quality != null) {
            m.put("hr_quality", HomeRunQualityReport.json(quality));
        }
        if (postseason != null) {
            m.put("postseason", PostseasonReport.json(postseason));
        }
        return m;
    }

    static void text(SeasonTotals t, int n, String teamKey, PrintWriter out) {
        out.printf(Locale.ROOT, "%d games%s%n%nStandings%n", n, teamKey == null ? "" : " of " + teamKey);
        for (SeasonTotals.Standing s : t.standings()) {
            int g = s.wins() + s.losses();
            out.printf(Locale.ROOT, "  %-4s %3d %3d  %.3f%n", s.team(), s.wins(), s.losses(), g == 0 ? 0.0 : (double) s.wins() / g);
        }
        out.printf(Locale.ROOT, "%nLeague%n");
        PaCommand.line(t.league()).forEach((k, v) -> out.printf(Locale.ROOT, "  %-18s %s%n", k, v));
        out.printf(Locale.ROOT, "  %-18s %.3f%n  %-18s %.3f%n  %-18s %.4f%n", "runs_per_team_game", t.runsPerTeamGame(),
                "hr_per_team_game", t.hrPerTeamGame(), "home_win_pct", t.homeWinPct());
        out.printf(Locale.ROOT, "%nHighest- and lowest-scoring parks (runs per game, both teams)%n");
        List<SeasonTotals.ParkLine> parks = t.parks();
        for (int i = 0; i < parks.size(); i++) {
            if (i < 3 || i >= parks.size() - 2) {
                SeasonTotals.ParkLine p = parks.get(i);
                out.printf(Locale.ROOT, "  %2d %-4s %5.2f R/G  %4.2f HR/G  (%d games)%n", i + 1, p.team(), p.runsPerGame(),
                        p.homeRunsPerGame(), p.games());
            }
        }
        // The depth players stand for many players each (Rosters): they are not in the leaderboards.
        out.printf(Locale.ROOT, "%nHome run leaders%n");
        t.batters().stream().filter(b -> !b.name.startsWith(Rosters.DEPTH_BAT)).sorted(Comparator.comparingInt((BattingLine b) -> b.hr).reversed()
                        .thenComparing(b -> b.name)).limit(5)
                .forEach(b -> out.printf(Locale.ROOT, "  %-24s %-4s %3d HR  %.3f/%.3f/%.3f%n", b.name, b.team, b.hr, b.avg(),
                        b.obp(), b.slg()));
        out.printf(Locale.ROOT, "%nStrikeout leaders%n");
        t.pitchers().stream().filter(p -> !p.name.startsWith(Rosters.DEPTH_ARM)).sorted(Comparator.comparingInt((PitchingLine p) -> p.k).reversed()
                        .thenComparing(p -> p.name)).limit(5)
                .forEach(p -> out.printf(Locale.ROOT, "  %-24s %-4s %3d K  %s IP  %.2f ERA%n", p.name, p.team, p.k, p.ip(),
                        p.era()));
        if (!t.failures().isEmpty()) {
            out.printf(Locale.ROOT, "%n%d games failed (see stderr)%n", t.failures().size());
        }
    }
}
