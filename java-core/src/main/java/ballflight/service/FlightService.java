package ballflight.service;

import ballflight.engine.FlightSimulator;
import ballflight.model.FlightRequest;
import ballflight.model.FlightResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * A shared, thread-safe flight service: concurrent single requests are coalesced into kernel
 * batches (the kernels are several times faster per flight in batches than one at a time).
 * Each worker owns one {@link FlightSimulator} and its off-heap batch, reused for every batch.
 * Results are the same bits {@link FlightSimulator#fly} gives: every kernel is bit-identical
 * whatever the batch size.
 *
 * <pre>{@code
 * try (FlightService service = FlightService.builder().maxBatch(256).maxWaitMicros(200).build()) {
 *     FlightResult r = service.submit(FlightRequest.of(Launch.of(100, 28))).join();
 * }
 * }</pre>
 *
 * <p>A full queue refuses new work at once with {@link FlightQueueFullException} (never blocks);
 * {@link #close()} stops taking work, answers everything already queued, and joins the workers.
 */
public final class FlightService implements AutoCloseable {
    private final LinkedBlockingQueue<PendingFlight> queue = new LinkedBlockingQueue<>();
    private final ServiceCounters counters;
    private final List<Thread> workers = new ArrayList<>();
    private final String backendReason;
    private final Settings settings;
    /** Submitters hold the read side while they queue, so close() sees no request arrive after it. */
    private final ReentrantReadWriteLock admission = new ReentrantReadWriteLock();

    /**
     * The service's configuration.
     *
     * @param workers worker threads, each flying its own batches
     * @param maxBatch most flights per kernel batch
     * @param maxWaitMicros longest a request waits for company before its batch flies
     * @param queueCapacity most requests queued or in flight at once
     */
    public record Settings(int workers, int maxBatch, long maxWaitMicros, int queueCapacity) {
    }

    private FlightService(Builder b) {
        this.settings = new Settings(b.workers, b.maxBatch, b.maxWaitMicros, b.queueCapacity);
        try (FlightSimulator probe = b.simulators.get()) { // a bad option fails here, not in a worker
            this.backendReason = probe.backendReason();
        }
        this.counters = new ServiceCounters(b.queueCapacity);
        long waitNanos = TimeUnit.MICROSECONDS.toNanos(b.maxWaitMicros);
        for (int i = 0; i < b.workers; i++) {
            Thread t = new Thread(new BatchDispatcher(queue, b.simulators, b.maxBatch, b.workers, waitNanos, counters),
                    "ballflight-flight-" + i);
            t.setDaemon(true); // a service nobody closed must not keep the JVM alive
            workers.add(t);
            t.start();
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Queues one flight; the future completes with its result, or with the kernel's refusal. */
    public CompletableFuture<FlightResult> submit(FlightRequest request) {
        Objects.requireNonNull(request, "request");
        admission.readLock().lock();
        try {
            counters.admit(1);
            PendingFlight p = new PendingFlight(request, System.nanoTime());
            queue.add(p);
            return p;
        } finally {
            admission.readLock().unlock();
        }
    }

    /** Queues all flights or none (the queue must have room for all); results in request order. */
    public CompletableFuture<List<FlightResult>> submitAll(List<FlightRequest> requests) {
        Objects.requireNonNull(requests, "requests");
        requests.forEach(r -> Objects.requireNonNull(r, "request"));
        List<PendingFlight> pending = new ArrayList<>(requests.size());
        admission.readLock().lock();
        try {
            counters.admit(requests.size());
            long now = System.nanoTime();
            for (FlightRequest r : requests) {
                PendingFlight p = new PendingFlight(r, now);
                pending.add(p);
                queue.add(p);
            }
        } finally {
            admission.readLock().unlock();
        }
        return CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                .thenApply(done -> pending.stream().map(CompletableFuture::join).toList());
    }

    public ServiceMetrics metrics() {
        return counters.snapshot(queue.size());
    }

    public Settings settings() {
        return settings;
    }

    /** Which kernel(s) the workers run, as {@link FlightSimulator#backendReason()} says. */
    public String backendReason() {
        return backendReason;
    }

    /** Stops taking work, lets the workers answer everything queued, and waits for them. */
    @Override
    public void close() {
        admission.writeLock().lock();
        try {
            counters.close();
        } finally {
            admission.writeLock().unlock();
        }
        boolean interrupted = false;
        for (Thread t : workers) {
            while (t.isAlive()) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Options for a {@link FlightService}; defaults from the measurements in the README. */
    public static final class Builder {
        private Supplier<FlightSimulator> simulators = FlightSimulator::create;
        private int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        private int maxBatch = FlightSimulator.CHUNK;
        private long maxWaitMicros = 0;
        private int queueCapacity = 65_536;

        private Builder() {
        }

        /** How each worker makes its simulator (backend, stepping, model); called once per worker. */
        public Builder simulators(Supplier<FlightSimulator> s) {
            this.simulators = Objects.requireNonNull(s, "simulators");
            return this;
        }

        public Builder workers(int n) {
            this.workers = check("workers", n, 1, 256);
            return this;
        }

        public Builder maxBatch(int n) {
            this.maxBatch = check("maxBatch", n, 1, FlightSimulator.CHUNK);
            return this;
        }

        public Builder maxWaitMicros(long us) {
            this.maxWaitMicros = check("maxWaitMicros", us, 0, 1_000_000);
            return this;
        }

        public Builder queueCapacity(int n) {
            this.queueCapacity = check("queueCapacity", n, 1, 10_000_000);
            return this;
        }

        private static int check(String name, long v, long min, long max) {
            if (v < min || v > max) {
                throw new IllegalArgumentException(name + " = " + v + " is out of range: allowed " + min + " to " + max);
            }
            return (int) v;
        }

        public FlightService build() {
            return new FlightService(this);
        }
    }
}
