package ballflight.pa;

import ballflight.data.Defense;
import ballflight.data.Hitter;
import ballflight.data.Park;
import ballflight.data.Pitcher;
import ballflight.engine.FlightSimulator;
import ballflight.parallel.Workers;
import ballflight.pitch.AimMaps;
import ballflight.pitch.FlightTimes;
import ballflight.pitch.PaTuning;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.random.RandomGenerator.SplittableGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Runs many plate appearances on several threads with identical results for any thread count:
 * the work is cut into fixed chunks of {@value #CHUNK_PA} PA, chunk {@code i} gets the {@code i}-th
 * generator split (in order, on the calling thread) from an {@code L64X128MixRandom} seeded with
 * the run's seed, each worker has its own simulator and engine, and chunk totals are merged in
 * chunk order.
 */
public final class PaRunner {
    public static final int CHUNK_PA = 500;
    public static final String ALGORITHM = "L64X128MixRandom";

    private final Supplier<FlightSimulator> simulators;
    private final PaTuning tuning;
    private final int threads;

    /**
     * @param simulators makes one simulator per worker thread (closed by the runner)
     * @param threads worker threads (>= 1)
     */
    public PaRunner(Supplier<FlightSimulator> simulators, PaTuning tuning, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.simulators = simulators;
        this.tuning = tuning;
        this.threads = threads;
    }

    public PaStats run(Matchups matchups, Defense defense, Park park, long n, long seed) {
        int chunks = (int) ((n + CHUNK_PA - 1) / CHUNK_PA);
        SplittableGenerator root = (SplittableGenerator) RandomGeneratorFactory.of(ALGORITHM).create(seed);
        List<RandomGenerator> seeds = new ArrayList<>(chunks);
        for (int i = 0; i < chunks; i++) {
            seeds.add(root.split());
        }
        PaStats[] results = new PaStats[chunks];
        AtomicInteger next = new AtomicInteger();
        AimMaps aimMaps = new AimMaps();
        Consumer<Workers.Stop> worker = stop -> {
            try (FlightSimulator sim = simulators.get()) {
                PlateAppearanceEngine engine = new PlateAppearanceEngine(sim, tuning, aimMaps, new FlightTimes());
                for (int c = next.getAndIncrement(); c < chunks && !stop.requested(); c = next.getAndIncrement()) {
                    RandomGenerator rng = seeds.get(c);
                    long size = Math.min(CHUNK_PA, n - (long) c * CHUNK_PA);
                    PaStats stats = new PaStats();
                    for (long i = 0; i < size; i++) {
                        Hitter b = matchups.batter(rng);
                        Pitcher p = matchups.pitcher(rng);
                        stats.add(engine.play(b, p, defense, park, rng));
                    }
                    results[c] = stats;
                }
            }
        };
        int workers = Math.min(threads, Math.max(1, chunks));
        Workers.run(workers, worker);
        PaStats total = new PaStats();
        for (PaStats s : results) {
            total.merge(s);
        }
        return total;
    }
}
