package ballflight.pa;

import ballflight.data.Defense;
import ballflight.data.Hitter;
import ballflight.data.Park;
import ballflight.data.Pitcher;
import ballflight.engine.FlightSimulator;
import ballflight.fielding.Shading;
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
        return run(matchups, defense, park, n, seed, null);
    }

    /**
     * As above, recorded by {@code recording} (null: nothing recorded; the plate appearances do not
     * depend on it). Chunks finished out of order wait for the ones before them, so at most about
     * one chunk per worker is held.
     */
    public <R extends PitchListener> PaStats run(Matchups matchups, Defense defense, Park park, long n, long seed,
                                                  PaRecording<R> recording) {
        int chunks = (int) ((n + CHUNK_PA - 1) / CHUNK_PA);
        SplittableGenerator root = (SplittableGenerator) RandomGeneratorFactory.of(ALGORITHM).create(seed);
        List<RandomGenerator> seeds = new ArrayList<>(chunks);
        for (int i = 0; i < chunks; i++) {
            seeds.add(root.split());
        }
        PaStats[] results = new PaStats[chunks];
        InOrder<R> inOrder = new InOrder<>(chunks, recording);
        AtomicInteger next = new AtomicInteger();
        AimMaps aimMaps = new AimMaps();
        Consumer<Workers.Stop> worker = stop -> {
            try (FlightSimulator sim = simulators.get()) {
                PlateAppearanceEngine engine = new PlateAppearanceEngine(sim, tuning, aimMaps, new FlightTimes());
                for (int c = next.getAndIncrement(); c < chunks && !stop.requested(); c = next.getAndIncrement()) {
                    RandomGenerator rng = seeds.get(c);
                    long size = Math.min(CHUNK_PA, n - (long) c * CHUNK_PA);
                    PaStats stats = new PaStats();
                    R listener = recording == null ? null : recording.open(c, (long) c * CHUNK_PA);
                    for (long i = 0; i < size; i++) {
                        Hitter b = matchups.batter(rng);
                        Pitcher p = matchups.pitcher(rng);
                        PlateAppearanceResult r = engine.play(b, p, Shading.toward(defense, b), park, rng, listener);
                        stats.add(r);
                        if (recording != null) {
                            recording.plateAppearance(listener, b, p, r);
                        }
                    }
                    results[c] = stats;
                    inOrder.done(c, listener);
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

    /** Hands finished chunks to the recording in chunk order. */
    private static final class InOrder<R extends PitchListener> {
        private final Object[] waiting;
        private final PaRecording<R> recording;
        private int next;

        InOrder(int chunks, PaRecording<R> recording) {
            this.waiting = new Object[chunks];
            this.recording = recording;
        }

        @SuppressWarnings("unchecked")
        synchronized void done(int chunk, R listener) {
            if (recording == null) {
                return;
            }
            waiting[chunk] = listener;
            while (next < waiting.length && waiting[next] != null) {
                recording.finished(next, (R) waiting[next]);
                waiting[next++] = null;
            }
        }
    }
}
