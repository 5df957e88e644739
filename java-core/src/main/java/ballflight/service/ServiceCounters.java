package ballflight.service;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * The shared state of a service's workers: the queue's free places (a semaphore, so a whole
 * array is admitted or refused at once), the shutdown flag and the metrics counters.
 */
final class ServiceCounters {
    private static final int SIZE_BUCKETS = 31;

    private final int capacity;
    private final Semaphore free;
    private volatile boolean closed;
    private final LongAdder submitted = new LongAdder();
    private final LongAdder completed = new LongAdder();
    private final LongAdder rejected = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder batches = new LongAdder();
    private final LongAdder batchedFlights = new LongAdder();
    private final AtomicLongArray batchSizes = new AtomicLongArray(SIZE_BUCKETS);
    private final LatencyHistogram latency = new LatencyHistogram();

    ServiceCounters(int capacity) {
        this.capacity = capacity;
        this.free = new Semaphore(capacity);
    }

    /** Takes {@code n} places or throws; never blocks. */
    void admit(int n) {
        if (closed) {
            throw new IllegalStateException("flight service is shut down");
        }
        if (!free.tryAcquire(n)) {
            rejected.add(n);
            throw new FlightQueueFullException(n, free.availablePermits(), capacity);
        }
        submitted.add(n);
    }

    void answered(long enqueuedNanos, boolean error) {
        latency.record((System.nanoTime() - enqueuedNanos) / 1_000);
        completed.increment();
        if (error) {
            failed.increment();
        }
        free.release();
    }

    void batchFlown(int size) {
        batches.increment();
        batchedFlights.add(size);
        batchSizes.incrementAndGet(31 - Integer.numberOfLeadingZeros(size));
    }

    void close() {
        closed = true;
    }

    boolean isClosed() {
        return closed;
    }

    ServiceMetrics snapshot(int queueDepth) {
        Map<Integer, Long> sizes = new TreeMap<>();
        for (int i = 0; i < SIZE_BUCKETS; i++) {
            long n = batchSizes.get(i);
            if (n > 0) {
                sizes.put(1 << i, n);
            }
        }
        return new ServiceMetrics(queueDepth, submitted.sum(), completed.sum(), rejected.sum(), failed.sum(),
                batches.sum(), batchedFlights.sum(), sizes, latency.percentile(0.50), latency.percentile(0.90),
                latency.percentile(0.99), latency.percentile(1.0));
    }
}
