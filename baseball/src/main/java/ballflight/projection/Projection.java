package ballflight.projection;

import ballflight.backend.Backend;
import ballflight.engine.FlightSimulator;
import ballflight.game.GameProfile;
import ballflight.kernel.SimulationMode;
import ballflight.kernel.Stepping;
import ballflight.model.AeroParameters;
import ballflight.model.InputException;
import ballflight.pitch.PaTuning;
import ballflight.season.GameFailure;
import ballflight.season.League;
import ballflight.season.PostseasonResult;
import ballflight.season.PostseasonRunner;
import ballflight.season.Schedule;
import ballflight.season.ScheduledGame;
import ballflight.season.SeasonRunner;
import ballflight.season.SeasonTotals;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Plays the 2025 season, postseason included, many times and summarises each team: wins (mean,
 * sd, percentiles) and the odds of winning the division, a bye, a postseason spot, the pennant
 * and the World Series, each with its Monte Carlo standard error. Season {@code i} is played
 * with the first number of the {@code i}-th split of the projection seed as its season seed
 * (the same season {@code ballflight season --seed} plays), so the first N seasons of a longer
 * run are the same seasons, and results do not depend on threads or backend. Seasons run one
 * after another with their games spread over the threads. Only a {@link SeasonOutcome} is kept
 * per season.
 *
 * <pre>{@code
 * ProjectionResult r = Projection.builder().seasons(100).seed(1).mode(SimulationMode.EXTREME).run();
 * double ws = r.table().team("LAD").odds(Reached.WORLD_SERIES).value();
 * }</pre>
 */
public final class Projection {
    private final Builder b;
    /** Made on first use (see {@link #variants()}, {@link #runner()}); a projection is used by one thread. */
    private Map<String, League> variants;
    private SeasonRunner runner;

    private Projection(Builder b) {
        this.b = b;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Options of a projection; every one has a default except the number of seasons. */
    public static final class Builder {
        private int seasons;
        private long seed;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Stepping stepping = Stepping.tolerance(Stepping.DEFAULT_TOLERANCE_FT);
        private Backend backend = Backend.AUTO;
        private AeroParameters aero = AeroParameters.NATHAN;
        private List<Change> changes = List.of();
        private boolean compare;
        private Path checkpoint;
        private int checkpointEvery = 10;
        private ResultCache cache = ResultCache.userDefault();
        private ProjectionProgress progress = (done, total) -> { };
        private String leagueId = "mlb-2025";
        private League league;
        private Function<GameProfile, SeasonRunner.Worker> atBats;
        private int games = -1;

        private Builder() {
        }

        /** Seasons to play (at least 1). */
        public Builder seasons(int n) {
            this.seasons = n;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        public Builder mode(SimulationMode mode) {
            return stepping(Stepping.fixed(mode));
        }

        /** Fixed mode or tolerance stepping (default: tolerance 0.01 ft, as game and season). */
        public Builder stepping(Stepping stepping) {
            this.stepping = java.util.Objects.requireNonNull(stepping, "stepping");
            return this;
        }

        public Builder backend(Backend backend) {
            this.backend = backend;
            return this;
        }

        public Builder aero(AeroParameters aero) {
            this.aero = aero;
            return this;
        }

        /** What-ifs, applied in order to the 2025 league ({@link ChangesFile#read}). */
        public Builder changes(List<Change> changes) {
            this.changes = List.copyOf(changes);
            return this;
        }

        /** Also play the unchanged league on the same seeds and report the per-team differences. */
        public Builder compare(boolean compare) {
            this.compare = compare;
            return this;
        }

        /** Write progress to {@code file} every {@code everySeasons} seasons, and resume from it if it exists. */
        public Builder checkpoint(Path file, int everySeasons) {
            this.checkpoint = file;
            this.checkpointEvery = everySeasons;
            return this;
        }

        /** Where to cache results; {@code null} for no cache. Default: {@link ResultCache#userDefault()}. */
        public Builder cache(ResultCache cache) {
            this.cache = cache;
            return this;
        }

        public Builder progress(ProjectionProgress progress) {
            this.progress = progress;
            return this;
        }

        /**
         * Another league than 2025's (tests use one of identical teams); {@code id} names it in the
         * cache key. What-ifs apply to the 2025 league only.
         */
        public Builder league(String id, League league) {
            this.leagueId = id;
            this.league = league;
            return this;
        }

        /** Plate appearances from another source than the physics (tests); {@code id} goes into the cache key. */
        public Builder atBats(String id, Function<GameProfile, SeasonRunner.Worker> source) {
            this.leagueId = leagueId + "+" + id;
            this.atBats = source;
            return this;
        }

        /** Play only the first {@code n} games of the schedule before the postseason (quick tests). */
        public Builder games(int n) {
            this.games = n;
            return this;
        }

        /** Checks the options (an {@link InputException} naming the option) without playing anything. */
        public Builder validate() {
            new Projection(this).check();
            return this;
        }

        public ProjectionResult run() {
            return new Projection(this).run();
        }

        /**
         * The projection as separate seasons, for a runner that plays them elsewhere (Spark's
         * executors): {@link Projection#playSeason} each, then {@link Projection#assemble}. The
         * checkpoint, cache and progress options are the caller's business there.
         */
        public Projection split() {
            Projection p = new Projection(this);
            p.check();
            return p;
        }
    }

    /** Seasons asked for (per league played). */
    public int seasonCount() {
        return b.seasons;
    }

    /** Leagues played on the same seeds: 1, or 2 with {@code compare} (the baseline first). */
    public int leagueCount() {
        return variants().size();
    }

    /**
     * Season {@code season} (0-based) of league {@code league}: exactly the season {@link #run}
     * plays at that index, whichever process plays it.
     */
    public SeasonOutcome playSeason(int league, int season) {
        List<League> leagues = new ArrayList<>(variants().values());
        long[] seeds = SeasonRunner.gameSeeds(b.seed, b.seasons);
        return season(runner(), schedule(), leagues.get(league), teams(), seeds[season], season);
    }

    /** The result from every league's seasons in order (as {@link #leagueCount} lists of {@link #seasonCount}). */
    public ProjectionResult assemble(List<List<SeasonOutcome>> byLeague, int played) {
        List<String> teams = teams();
        ProjectionTable table = ProjectionTable.of(teams, byLeague.getLast());
        if (b.compare && !b.changes.isEmpty()) {
            return new ProjectionResult(b.seed, b.seasons, table, ProjectionTable.of(teams, byLeague.getFirst()),
                    TeamChange.of(teams, byLeague.getFirst(), byLeague.getLast()), played);
        }
        return new ProjectionResult(b.seed, b.seasons, table, null, List.of(), played);
    }

    private List<ScheduledGame> schedule() {
        List<ScheduledGame> schedule = Schedule.mlb2025();
        return b.games >= 0 ? schedule.subList(0, b.games) : schedule;
    }

    private League baseLeague() {
        return b.league != null ? b.league : League.mlb2025();
    }

    private List<String> teams() {
        return baseLeague().teams().keySet().stream().sorted().toList();
    }

    /**
     * The leagues to play by run key: the 2025 one (unless only changed), then the changed one.
     * Built once (applying the changes rebuilds every roster), then shared by every season.
     */
    private Map<String, League> variants() {
        if (variants != null) {
            return variants;
        }
        variants = new LinkedHashMap<>();
        if (b.changes.isEmpty() || b.compare) {
            variants.put(key(""), baseLeague());
        }
        if (!b.changes.isEmpty()) {
            variants.put(key(ChangesFile.canonical(b.changes)), LeagueEdit.apply(b.changes));
        }
        return variants;
    }

    private SeasonRunner runner() {
        if (runner == null) {
            runner = b.atBats != null ? new SeasonRunner(b.atBats, b.threads)
                    : new SeasonRunner(() -> FlightSimulator.builder().backend(b.backend).stepping(b.stepping).aero(b.aero).build(),
                    PaTuning.DEFAULT, b.threads);
        }
        return runner;
    }

    private ProjectionResult run() {
        check();
        List<ScheduledGame> schedule = schedule();
        List<String> teams = teams();
        Map<String, League> variants = variants();
        Map<String, List<SeasonOutcome>> done = new LinkedHashMap<>();
        Map<String, List<SeasonOutcome>> fromCheckpoint = readCheckpoint(teams);
        if (!fromCheckpoint.isEmpty() && !variants.keySet().containsAll(fromCheckpoint.keySet())) {
            throw new InputException("checkpoint", "--checkpoint: " + b.checkpoint + " belongs to another run (other seed,"
                    + " changes, mode or engine); use another file or delete it");
        }
        for (String key : variants.keySet()) {
            List<SeasonOutcome> cached = b.cache == null ? List.of() : b.cache.load(key, teams);
            List<SeasonOutcome> resumed = fromCheckpoint.getOrDefault(key, List.of());
            List<SeasonOutcome> best = cached.size() >= resumed.size() ? cached : resumed;
            done.put(key, new ArrayList<>(best.subList(0, Math.min(best.size(), b.seasons))));
        }
        int toPlay = 0;
        for (List<SeasonOutcome> d : done.values()) {
            toPlay += b.seasons - d.size();
        }
        int played = 0;
        if (toPlay > 0) {
            SeasonRunner runner = runner();
            long[] seasonSeeds = SeasonRunner.gameSeeds(b.seed, b.seasons);
            int sinceCheckpoint = 0;
            for (int i = 0; i < b.seasons; i++) {
                for (Map.Entry<String, League> v : variants.entrySet()) {
                    List<SeasonOutcome> list = done.get(v.getKey());
                    if (list.size() == i) {
                        list.add(season(runner, schedule, v.getValue(), teams, seasonSeeds[i], i));
                        b.progress.seasons(++played, toPlay);
                        sinceCheckpoint++;
                    }
                }
                if (b.checkpoint != null && sinceCheckpoint >= b.checkpointEvery) {
                    writeCheckpoint(teams, done);
                    sinceCheckpoint = 0;
                }
            }
            if (b.checkpoint != null) {
                writeCheckpoint(teams, done);
            }
            if (b.cache != null) {
                done.forEach((key, seasons) -> b.cache.store(key, teams, seasons));
            }
        }
        return assemble(new ArrayList<>(done.values()), played);
    }

    private void check() {
        if (b.seasons < 1) {
            throw new InputException("seasons", "--seasons: seasons = " + b.seasons + " is out of range: allowed 1 or more");
        }
        if (b.threads < 1 || b.threads > 256) {
            throw new InputException("threads", "--threads: threads = " + b.threads + " is out of range: allowed 1 to 256");
        }
        if (b.checkpointEvery < 1) {
            throw new InputException("checkpoint-every", "--checkpoint-every: seasons = " + b.checkpointEvery
                    + " is out of range: allowed 1 or more");
        }
        int scheduled = Schedule.mlb2025().size();
        if (b.games != -1 && (b.games < 1 || b.games > scheduled)) {
            throw new InputException("games", "--games: games = " + b.games + " is out of range: allowed 1 to " + scheduled);
        }
        if (b.compare && b.changes.isEmpty()) {
            throw new InputException("compare", "--compare: needs --changes (what to compare the 2025 league with)");
        }
        if (b.league != null && !b.changes.isEmpty()) {
            throw new IllegalArgumentException("what-ifs apply to the 2025 league only");
        }
    }

    /** The run key: everything that decides a season's outcome except how many seasons are asked for. */
    private String key(String canonicalChanges) {
        return EngineVersion.sha256(String.join("\n", "engine " + EngineVersion.fingerprint(), "league " + b.leagueId,
                "changes " + canonicalChanges, "stepping " + b.stepping.describe() + " " + b.aero,
                "seed " + b.seed, "schedule " + (b.games < 0 ? "all" : Integer.toString(b.games))));
    }

    private static SeasonOutcome season(SeasonRunner runner, List<ScheduledGame> schedule, League league, List<String> teams,
                                        long seasonSeed, int index) {
        SeasonTotals totals = runner.run(schedule, seasonSeed, done -> { }, new GameProfile(), league);
        if (!totals.failures().isEmpty()) {
            GameFailure f = totals.failures().getFirst();
            throw new IllegalStateException("season " + (index + 1) + " (seed " + seasonSeed + "): game " + (f.index() + 1)
                    + " (" + f.away() + " at " + f.home() + ", seed " + f.seed() + ") failed: " + f.message());
        }
        PostseasonResult post = PostseasonRunner.play(runner, totals, seasonSeed, schedule.size(), league);
        return SeasonOutcome.of(teams, totals.wins(), post);
    }

    private Map<String, List<SeasonOutcome>> readCheckpoint(List<String> teams) {
        if (b.checkpoint == null || !Files.exists(b.checkpoint)) {
            return Map.of();
        }
        try {
            return OutcomeLog.read(b.checkpoint, teams);
        } catch (IOException | IllegalArgumentException e) {
            throw new InputException("checkpoint", "--checkpoint: " + b.checkpoint + " " + e.getMessage());
        }
    }

    private void writeCheckpoint(List<String> teams, Map<String, List<SeasonOutcome>> done) {
        try {
            AtomicFile.write(b.checkpoint, OutcomeLog.format(teams, done));
        } catch (IOException e) {
            throw new InputException("checkpoint", "--checkpoint: cannot write " + b.checkpoint + ": " + e);
        }
    }
}
