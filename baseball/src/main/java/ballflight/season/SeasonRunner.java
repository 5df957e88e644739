package ballflight.season;

import ballflight.data.LeagueData;
import ballflight.data.Park;
import ballflight.data.ParkClimate;
import ballflight.engine.FlightSimulator;
import ballflight.game.AtBatSource;
import ballflight.game.Game;
import ballflight.game.GameListener;
import ballflight.game.GameProfile;
import ballflight.game.GameResult;
import ballflight.game.PhysicsAtBats;
import ballflight.pa.PaRunner;
import ballflight.pitch.PaTuning;
import ballflight.pitch.AimMaps;
import ballflight.parallel.Workers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.random.RandomGenerator.SplittableGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Plays a schedule on N threads with identical results for any N. Game {@code i}'s seed is the
 * first long of the {@code i}-th split (taken in order on the calling thread) of an
 * {@code L64X128MixRandom} seeded with the season seed; the game then runs on its own generator
 * created from that seed. Workers take the next
 * game from a shared counter (dynamic scheduling); finished games are merged strictly in schedule
 * order through a small reorder buffer, so only games that finished out of order are held.
 * A game that throws is recorded with its seed and the others go on.
 */
public final class SeasonRunner {
    /** What one worker thread plays with, and what to close when it is done. */
    public record Worker(AtBatSource atBats, AutoCloseable resources) {
    }

    /** Mixed into a game's seed for its weather, so the weather has a stream of its own. */
    private static final long WEATHER_STREAM = 0x9E3779B97F4A7C15L;

    private final Function<GameProfile, Worker> workers;
    private final int threads;
    private final WeatherMode weather;

    /**
     * Physics: one simulator (from {@code simulators}) and engine per worker thread; the workers
     * share how pitchers aim ({@link AimMaps}), so each pitch type is measured once per run.
     */
    public SeasonRunner(Supplier<FlightSimulator> simulators, PaTuning tuning, int threads) {
        this(physics(simulators, tuning, new AimMaps()), threads);
    }

    private static Function<GameProfile, Worker> physics(Supplier<FlightSimulator> simulators, PaTuning tuning,
                                                         AimMaps aimMaps) {
        return profile -> {
            FlightSimulator sim = simulators.get();
            return new Worker(new PhysicsAtBats(sim, tuning, profile, aimMaps), sim);
        };
    }

    /** Any plate-appearance source (tests script one); {@code workers} is called once per worker thread. */
    public SeasonRunner(Function<GameProfile, Worker> workers, int threads) {
        this(workers, threads, WeatherMode.GAME_DAY);
    }

    private SeasonRunner(Function<GameProfile, Worker> workers, int threads, WeatherMode weather) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.workers = workers;
        this.threads = threads;
        this.weather = java.util.Objects.requireNonNull(weather, "weather");
    }

    /** The same runner with games played in {@code mode}'s air (default: game-day weather). */
    public SeasonRunner withWeather(WeatherMode mode) {
        return new SeasonRunner(workers, threads, mode);
    }

    /** The park as game {@code g} with seed {@code seed} finds it. */
    static Park parkFor(ScheduledGame g, long seed, WeatherMode mode, LeagueData data) {
        return parkFor(g, seed, mode, data.park(g.home()), data);
    }

    /** {@code park} (the league's, perhaps changed by a what-if) in game {@code g}'s weather. */
    static Park parkFor(ScheduledGame g, long seed, WeatherMode mode, Park park, LeagueData data) {
        if (mode == WeatherMode.AVERAGE) {
            return park;
        }
        RandomGenerator rng = RandomGeneratorFactory.of(PaRunner.ALGORITHM).create(seed ^ WEATHER_STREAM);
        return park.inWeather(data.climate(g.home()).sample(ParkClimate.monthOf(g.date()), g.dayGame(), rng));
    }

    /** Per-game seeds for a season seed. */
    public static long[] gameSeeds(long seasonSeed, int games) {
        SplittableGenerator root = (SplittableGenerator) RandomGeneratorFactory.of(PaRunner.ALGORITHM).create(seasonSeed);
        long[] seeds = new long[games];
        for (int i = 0; i < games; i++) {
            seeds[i] = root.split().nextLong();
        }
        return seeds;
    }

    /** Runs {@code body} with one worker's game engine, created for it and released after. */
    public <T> T withGame(Function<Game, T> body) {
        Worker w = workers.apply(new GameProfile());
        try {
            return body.apply(new Game(w.atBats()));
        } finally {
            try {
                w.resources().close();
            } catch (Exception e) {
                throw new IllegalStateException("cannot release a worker's simulator", e);
            }
        }
    }

    /**
     * @param schedule the games to play, in order: any part of the season schedule (the first N
     *                 games, one team's games); each game's seed comes from its
     *                 {@link ScheduledGame#index()}, so a game plays the same whichever part holds it
     * @param progress called with the number of games finished so far (from worker threads)
     * @param profile receives every worker's time split
     */
    public SeasonTotals run(List<ScheduledGame> schedule, long seasonSeed, IntConsumer progress, GameProfile profile) {
        return run(schedule, seasonSeed, progress, profile, League.mlb2025(), null);
    }

    /** As {@link #run(List, long, IntConsumer, GameProfile)} with any league (what-ifs change rosters and parks). */
    public SeasonTotals run(List<ScheduledGame> schedule, long seasonSeed, IntConsumer progress, GameProfile profile,
                            League league) {
        return run(schedule, seasonSeed, progress, profile, league, null);
    }

    /** As {@link #run(List, long, IntConsumer, GameProfile)}, recorded by {@code recorder}. */
    public <L extends GameListener> SeasonTotals run(List<ScheduledGame> schedule, long seasonSeed, IntConsumer progress,
                                                     GameProfile profile, SeasonRecorder<L> recorder) {
        return run(schedule, seasonSeed, progress, profile, League.mlb2025(), recorder);
    }

    /** A game's outcome (a result or a failure) and what recorded it. */
    private record Played<L>(Object outcome, L listener) {
    }

    /**
     * The season with {@code league}'s teams and parks, recorded by {@code recorder} (null: nothing
     * recorded). The games and the totals do not depend on the recorder.
     */
    public <L extends GameListener> SeasonTotals run(List<ScheduledGame> schedule, long seasonSeed, IntConsumer progress,
                                                     GameProfile profile, League league, SeasonRecorder<L> recorder) {
        long[] seeds = gameSeeds(seasonSeed, schedule.stream().mapToInt(ScheduledGame::index).max().orElse(-1) + 1);
        SeasonTotals totals = new SeasonTotals();
        Map<Integer, Played<L>> pending = new HashMap<>();
        int[] nextToMerge = {0};
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        Consumer<Workers.Stop> worker = stop -> {
            GameProfile mine = new GameProfile();
            Worker w = workers.apply(mine);
            try {
                Game game = new Game(w.atBats());
                for (int i = next.getAndIncrement(); i < schedule.size() && !stop.requested();
                        i = next.getAndIncrement()) {
                    ScheduledGame s = schedule.get(i);
                    long seed = seeds[s.index()];
                    Object outcome;
                    L listener = recorder == null ? null : recorder.open(s);
                    long t0 = System.nanoTime();
                    try {
                        outcome = game.play(league.team(s.away()), league.team(s.home()), s.awayGame(),
                                s.homeGame(), parkFor(s, seed, weather, league.park(s.home()), LeagueData.mlb2025()),
                                RandomGeneratorFactory.of(PaRunner.ALGORITHM).create(seed), false, listener);
                        if (recorder != null) {
                            recorder.played(s, (GameResult) outcome, listener);
                        }
                    } catch (RuntimeException e) {
                        outcome = new GameFailure(s.index(), seed, s.away(), s.home(), String.valueOf(e));
                    }
                    mine.addGame(System.nanoTime() - t0);
                    synchronized (pending) {
                        pending.put(i, new Played<>(outcome, listener));
                        for (Played<L> p = pending.remove(nextToMerge[0]); p != null; p = pending.remove(nextToMerge[0])) {
                            Object o = p.outcome();
                            if (o instanceof GameResult g) {
                                totals.add(g);
                                if (recorder != null) {
                                    // An exception here stops the other workers (Workers.Stop) and is rethrown.
                                    recorder.finished(schedule.get(nextToMerge[0]), g, p.listener());
                                }
                            } else {
                                totals.fail((GameFailure) o);
                            }
                            nextToMerge[0]++;
                        }
                    }
                    progress.accept(done.incrementAndGet());
                }
            } finally {
                try {
                    w.resources().close();
                } catch (Exception e) {
                    throw new IllegalStateException("cannot release a worker's simulator", e);
                }
                synchronized (profile) {
                    profile.merge(mine);
                }
            }
        };
        int workers = Math.min(threads, Math.max(1, schedule.size()));
        Workers.run(workers, worker);
        return totals;
    }
}
