package ballflight.cli;

import ballflight.data.LeagueData;
import ballflight.engine.FlightSimulator;
import ballflight.export.GameRecording;
import ballflight.export.SeasonFiles;
import ballflight.game.BattingLine;
import ballflight.game.BoxScore;
import ballflight.game.Game;
import ballflight.game.GameProfile;
import ballflight.game.GameResult;
import ballflight.game.PhysicsAtBats;
import ballflight.game.PitchingLine;
import ballflight.game.Rosters;
import ballflight.game.TeamRoster;
import ballflight.model.InputException;
import ballflight.pa.PaRunner;
import ballflight.pitch.PaTuning;
import ballflight.season.Schedule;
import ballflight.season.ScheduledGame;
import ballflight.units.Decimals;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.random.RandomGeneratorFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ballflight game}: one 2025 game between two teams in the home team's park. */
@Command(name = "game", mixinStandardHelpOptions = true, sortOptions = false, versionProvider = ManifestVersion.class,
        description = "Simulate one game (2025 rules, rosters and parks) pitch by pitch from physics.")
final class GameCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SimulationOptions simulation;

    @Option(names = "--away", paramLabel = "TEAM", required = true, description = "Visiting team, 2025 abbreviation (e.g. NYY).")
    String away;

    @Option(names = "--home", paramLabel = "TEAM", required = true, description = "Home team, 2025 abbreviation (e.g. LAD); the game is in its park.")
    String home;

    @Option(names = "--seed", paramLabel = "S", required = true, description = "Random seed (any integer); a season reports each game's seed.")
    long seed;

    @Option(names = "--box", description = "Print the box score (batting and pitching lines).")
    boolean box;

    @Option(names = "--play-by-play", description = "Print every plate appearance.")
    boolean playByPlay;

    @Mixin
    ExportOptions export;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Output format. Default: ${DEFAULT-VALUE}.")
    String format;

    @Override
    public Integer call() {
        String fmt = format.trim().toLowerCase(Locale.ROOT);
        if (!fmt.equals("text") && !fmt.equals("json")) {
            throw new InputException("format", "--format: format = '" + format + "' is not one of: text, json");
        }
        Rosters rosters = Rosters.mlb2025();
        TeamRoster a = rosters.team("--away", away);
        TeamRoster h = rosters.team("--home", home);
        if (a == h) {
            throw new InputException("home", "--home: a team cannot play itself (" + h.team() + ")");
        }
        long t0 = System.nanoTime();
        GameResult g;
        List<ScheduledGame> schedule = Schedule.mlb2025();
        ScheduledGame slot = scheduleSlot(schedule, a.team(), h.team());
        try (SeasonFiles files = export.open(rosters, schedule);
             FlightSimulator sim = simulation.builder().build()) {
            spec.commandLine().getErr().println(sim.backendReason());
            Game game = new Game(new PhysicsAtBats(sim, PaTuning.DEFAULT, new GameProfile()));
            GameRecording rec = files == null ? null : files.open(slot);
            g = game.play(a, h, 0, 0, LeagueData.mlb2025().park(h.team()),
                    RandomGeneratorFactory.of(PaRunner.ALGORITHM).create(seed), playByPlay, rec);
            if (files != null) {
                files.played(slot, g, rec);
                files.finished(slot, g, rec);
                files.commit();
            }
        }
        spec.commandLine().getErr().printf(Locale.ROOT, "game in %.0f ms (%s)%n", (System.nanoTime() - t0) / 1e6,
                simulation.describeMode());
        PrintWriter out = spec.commandLine().getOut();
        if (fmt.equals("json")) {
            try {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json(g)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot serialise a game", e);
            }
        } else {
            out.printf(Locale.ROOT, "%s at %s, %s%n%n", g.away(), g.home(), g.venue());
            if (playByPlay) {
                g.plays().forEach(out::println);
                out.println();
            }
            out.print(BoxScore.lineScore(g));
            if (box) {
                out.print(BoxScore.box(g));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * Where the files put this game: the first 2025 game of these teams in this park (its date and
     * schedule index), else the home team's first home date with index -1 (docs/FORMATS.md).
     */
    static ScheduledGame scheduleSlot(List<ScheduledGame> schedule, String away, String home) {
        ScheduledGame firstHome = null;
        for (ScheduledGame s : schedule) {
            if (s.home().equals(home)) {
                if (s.away().equals(away)) {
                    return new ScheduledGame(s.index(), s.date(), away, home, 0, 0, s.dayGame());
                }
                if (firstHome == null) {
                    firstHome = s;
                }
            }
        }
        String date = firstHome == null ? "20250101" : firstHome.date();
        return new ScheduledGame(-1, date, away, home, 0, 0, firstHome != null && firstHome.dayGame());
    }

    Map<String, Object> json(GameResult g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("away", g.away());
        m.put("home", g.home());
        m.put("venue", g.venue());
        m.put("seed", seed);
        m.put("away_runs", g.awayRuns());
        m.put("home_runs", g.homeRuns());
        m.put("innings", g.innings());
        m.put("away_line", g.awayInnings());
        m.put("home_line", g.homeInnings());
        m.put("away_hits", g.awayHits());
        m.put("home_hits", g.homeHits());
        m.put("away_errors", g.awayErrors());
        m.put("home_errors", g.homeErrors());
        if (box) {
            m.put("away_batting", g.awayBatting().stream().map(GameCommand::batting).toList());
            m.put("home_batting", g.homeBatting().stream().map(GameCommand::batting).toList());
            m.put("away_pitching", g.awayPitching().stream().map(GameCommand::pitching).toList());
            m.put("home_pitching", g.homePitching().stream().map(GameCommand::pitching).toList());
        }
        if (playByPlay) {
            m.put("plays", new ArrayList<>(g.plays()));
        }
        return m;
    }

    static Map<String, Object> batting(BattingLine b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", b.name);
        m.put("team", b.team);
        m.put("position", b.position);
        m.put("pa", b.pa);
        m.put("ab", b.ab);
        m.put("r", b.r);
        m.put("h", b.h);
        m.put("2b", b.doubles);
        m.put("3b", b.triples);
        m.put("hr", b.hr);
        m.put("rbi", b.rbi);
        m.put("bb", b.bb);
        m.put("k", b.k);
        m.put("sb", b.sb);
        m.put("avg", Decimals.round(b.avg(), 3));
        m.put("obp", Decimals.round(b.obp(), 3));
        m.put("slg", Decimals.round(b.slg(), 3));
        return m;
    }

    static Map<String, Object> pitching(PitchingLine p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name);
        m.put("team", p.team);
        m.put("g", p.games);
        m.put("gs", p.starts);
        m.put("ip", p.ip());
        m.put("h", p.h);
        m.put("r", p.r);
        m.put("er", p.er);
        m.put("bb", p.bb);
        m.put("k", p.k);
        m.put("hr", p.hr);
        m.put("pitches", p.pitches);
        m.put("w", p.wins);
        m.put("l", p.losses);
        m.put("era", Decimals.round(p.era(), 2));
        return m;
    }
}
