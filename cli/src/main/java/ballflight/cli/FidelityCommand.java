package ballflight.cli;

import ballflight.engine.FlightSimulator;
import ballflight.game.GameProfile;
import ballflight.model.InputException;
import ballflight.pitch.PaTuning;
import ballflight.season.Actual2025;
import ballflight.season.FidelityJson;
import ballflight.season.FidelityReport;
import ballflight.season.FidelityText;
import ballflight.season.GameFailure;
import ballflight.season.Schedule;
import ballflight.season.ScheduledGame;
import ballflight.season.SeasonRunner;
import ballflight.season.SeasonTotals;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ballflight fidelity}: K seasons (seeds S, S+1, ...) against 2025, team by team and player
 * by player (issue 12's table, {@link FidelityReport}). Like {@code season}, the output depends only
 * on the seeds, games and mode; timing goes to stderr.
 */
@Command(name = "fidelity", mixinStandardHelpOptions = true, sortOptions = false, versionProvider = ManifestVersion.class,
        description = "Play K 2025 seasons and compare teams and players with 2025: correlation, slope and RMS per"
                + " measure, standings side by side, leaders, workloads.")
final class FidelityCommand implements Callable<Integer> {
    static final int MAX_SEASONS = 100;

    @Spec
    CommandSpec spec;

    @Mixin
    SimulationOptions simulation;

    @Option(names = "--seasons", paramLabel = "K", defaultValue = "5",
            description = "Seasons to play (1 to " + MAX_SEASONS + "), with seeds S, S+1, ... Default: ${DEFAULT-VALUE}.")
    int seasons;

    @Option(names = "--seed", paramLabel = "S", required = true, description = "First season's seed (any integer).")
    long seed;

    @Option(names = "--games", paramLabel = "N", description = "Play the first N games of each season (1 to 2430; "
            + "thresholds and 2025 playing time are prorated, the targets are for full seasons). Default: all.")
    Integer games;

    @Mixin
    SeasonOutputOptions io;

    @Override
    public Integer call() {
        String fmt = io.format();
        if (seasons < 1 || seasons > MAX_SEASONS) {
            throw new InputException("seasons", "--seasons: seasons = " + seasons + " is out of range: allowed 1 to "
                    + MAX_SEASONS);
        }
        List<ScheduledGame> schedule = Schedule.mlb2025();
        int n = games == null ? schedule.size() : games;
        if (n < 1 || n > schedule.size()) {
            throw new InputException("games", "--games: games = " + n + " is out of range: allowed 1 to " + schedule.size());
        }
        int workers = io.workers();
        io.checkOutput();
        PrintWriter err = spec.commandLine().getErr();
        FlightSimulator.Builder builder = simulation.builderReportingBackend(err);
        SeasonRunner runner = new SeasonRunner(builder::build, PaTuning.DEFAULT, workers);
        List<SeasonTotals> played = new ArrayList<>();
        List<Long> seeds = new ArrayList<>();
        int failed = 0;
        for (int i = 0; i < seasons; i++) {
            long s = seed + i;
            long t0 = System.nanoTime();
            SeasonTotals t = runner.run(schedule.subList(0, n), s, done -> { }, new GameProfile());
            for (GameFailure f : t.failures()) {
                err.printf(Locale.ROOT, "error: season seed %d, game %d (%s at %s) failed, seed %d: %s%n", s,
                        f.index() + 1, f.away(), f.home(), f.seed(), f.message());
            }
            failed += t.failures().size();
            played.add(t);
            seeds.add(s);
            if (!io.quiet) {
                err.printf(Locale.ROOT, "fidelity: season %d/%d (seed %d): %d games in %.1f s (%d threads, %s)%n", i + 1,
                        seasons, s, n, (System.nanoTime() - t0) / 1e9, workers, simulation.describeMode());
                err.flush();
            }
        }
        FidelityReport report = FidelityReport.of(played, seeds, n, Actual2025.mlb2025());
        String mode = simulation.describeMode();
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        if (fmt.equals("json")) {
            try {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(FidelityJson.of(report, mode)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot serialise a fidelity report", e);
            }
        } else {
            FidelityText.write(report, mode, out);
        }
        out.flush();
        io.emit(spec, text.toString());
        return failed == 0 ? ExitCodes.OK : ExitCodes.GAMES_FAILED;
    }
}
