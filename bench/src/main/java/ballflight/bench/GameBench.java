package ballflight.bench;

import ballflight.backend.Backend;
import ballflight.data.LeagueData;
import ballflight.data.Park;
import ballflight.engine.FlightSimulator;
import ballflight.game.BoxScore;
import ballflight.game.Game;
import ballflight.game.GameProfile;
import ballflight.game.GameResult;
import ballflight.game.PhysicsAtBats;
import ballflight.game.Rosters;
import ballflight.game.TeamRoster;
import ballflight.kernel.SimulationMode;
import ballflight.pa.PaRunner;
import ballflight.pitch.PaTuning;
import ballflight.pitch.AimMaps;
import ballflight.season.SeasonRunner;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGeneratorFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Why: the game target (one 9-inning game at ACCURATE under 20 ms on one core) and the
 * season's throughput rest on this number. One op = one whole game, NYY at LAD in Dodger Stadium,
 * on one thread, with a warm engine reused across games as a season worker reuses it (aim maps
 * already measured after the first games); each op takes the next seed of a fixed sequence (the
 * first {@value #SEEDS} game seeds of season 2025) and rotates the starters, so the work is a
 * realistic mix of games rather than one game repeated. The per-op time includes the game's
 * rules and box score, as in a season (no play-by-play text).
 *
 * <p>Setup checks the backend's identity and that it plays the first game exactly as the Java
 * backend does (same box score), so a broken fast path cannot look fast.
 *
 * <p>Run: {@code java --enable-native-access=ALL-UNNAMED -jar bench/target/benchmarks.jar GameBench}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {ForkFlags.NATIVE_ACCESS, ForkFlags.UNSAFE})
public class GameBench {
    static final int SEEDS = 1024;
    static final String AWAY = "NYY";
    static final String HOME = "LAD";

    @Param({"java", "native"})
    public String backend;

    @Param({"ACCURATE"})
    public SimulationMode mode;

    private FlightSimulator sim;
    private Game game;
    private TeamRoster away;
    private TeamRoster home;
    private Park park;
    private long[] seeds;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        Rosters rosters = Rosters.mlb2025();
        away = rosters.team("away", AWAY);
        home = rosters.team("home", HOME);
        park = LeagueData.mlb2025().park(HOME);
        seeds = SeasonRunner.gameSeeds(2025, SEEDS);
        sim = simulator(backend);
        String kernel = sim.kernel().name();
        if (!kernel.equals(backend)) {
            throw new IllegalStateException("asked for backend " + backend + ", the simulator runs " + kernel);
        }
        game = new Game(new PhysicsAtBats(sim, PaTuning.DEFAULT, new GameProfile(), new AimMaps()));
        GameResult first = play(game, 0);
        if (!backend.equals("java")) {
            try (FlightSimulator java = simulator("java")) {
                GameResult reference = play(new Game(new PhysicsAtBats(java, PaTuning.DEFAULT, new GameProfile())), 0);
                if (!BoxScore.box(reference).equals(BoxScore.box(first))) {
                    throw new IllegalStateException(backend + " plays game 0 differently from the Java backend");
                }
            }
        }
        if (first.innings() < 9 || first.stats().plateAppearances() < 50) {
            throw new IllegalStateException(String.format(Locale.ROOT, "game 0 is not a real game: %d innings, %d PA",
                    first.innings(), first.stats().plateAppearances()));
        }
        next = 1;
    }

    private FlightSimulator simulator(String name) {
        Backend b = name.equals("java") ? Backend.JAVA : Backend.NATIVE;
        return FlightSimulator.builder().backend(b).mode(mode).build();
    }

    /** Game {@code i} of the sequence: its seed, the starters of the teams' game {@code i}. */
    private GameResult play(Game g, int i) {
        return g.play(away, home, i % 162, i % 162, park,
                RandomGeneratorFactory.of(PaRunner.ALGORITHM).create(seeds[i % SEEDS]), false);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        sim.close();
    }

    @Benchmark
    public GameResult game() {
        return play(game, next++);
    }
}
