package ballflight.season;

import ballflight.data.LeagueData;
import ballflight.engine.FlightSimulator;
import ballflight.game.AtBatSource;
import ballflight.game.Game;
import ballflight.game.GameProfile;
import ballflight.game.GameResult;
import ballflight.game.PhysicsAtBats;
import ballflight.game.Rosters;
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

    private final Function<GameProfile, Worker> workers;
    private final int threads;

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
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.workers = workers;
        this.threads = threads;
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

    /**
     * @param schedule the games to play, in order: any part of the season schedule (the first N
     *                 games, one team's games); each game's seed comes from its
     *                 {@link ScheduledGame#index()}, so a game plays the same whichever part holds it
     * @param progress called with the number of games finished so far (from worker threads)
     * @param profile receives every worker's time split
     */
    public SeasonTotals run(List<ScheduledGame> schedule, long seasonSeed, IntConsumer progress, GameProfile profile) {
        long[] seeds = gameSeeds(seasonSeed, schedule.stream().mapToInt(ScheduledGame::index).max().orElse(-1) + 1);
        Rosters rosters = Rosters.mlb2025();
        LeagueData data = LeagueData.mlb2025();
        SeasonTotals totals = new SeasonTotals();
        Map<Integer, Object> pending = new HashMap<>();
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
                    long t0 = System.nanoTime();
                    try {
                        outcome = game.play(rosters.teams().get(s.away()), rosters.teams().get(s.home()), s.awayGame(),
                                s.homeGame(), data.park(s.home()),
                                RandomGeneratorFactory.of(PaRunner.ALGORITHM).create(seed), false);
                    } catch (RuntimeException e) {
                        outcome = new GameFailure(s.index(), seed, s.away(), s.home(), String.valueOf(e));
                    }
                    mine.addGame(System.nanoTime() - t0);
                    synchronized (pending) {
                        pending.put(i, outcome);
                        for (Object o = pending.remove(nextToMerge[0]); o != null; o = pending.remove(nextToMerge[0])) {
                            if (o instanceof GameResult g) {
                                totals.add(g);
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
