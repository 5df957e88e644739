package ballflight.service;

import ballflight.engine.FlightSimulator;
import ballflight.model.FlightRequest;
import ballflight.model.FlightResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One worker of a {@link FlightService}: takes the oldest request, gathers more until the batch
 * is full or the oldest has waited {@code maxWaitNanos}, flies them as one kernel batch on its own
 * simulator, and answers every future. Under load the queue refills while a batch flies, so
 * batches grow by themselves; an idle service answers a lone request after at most the wait.
 * Without a wait, a worker takes only its share of what is queued (queued / workers, rounded up): one worker
 * taking everything would leave the others idle until its batch lands, and closed-loop clients
 * then hand the whole next wave to one idle worker, so only one core would ever be busy.
 */
final class BatchDispatcher implements Runnable {
    private static final long IDLE_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final BlockingQueue<PendingFlight> queue;
    private final Supplier<FlightSimulator> simulators;
    private final int maxBatch;
    private final int workers;
    private final long maxWaitNanos;
    private final ServiceCounters counters;
    private final List<PendingFlight> batch;
    private final List<FlightRequest> requests;

    BatchDispatcher(BlockingQueue<PendingFlight> queue, Supplier<FlightSimulator> simulators, int maxBatch,
                    int workers, long maxWaitNanos, ServiceCounters counters) {
        this.queue = queue;
        this.simulators = simulators;
        this.maxBatch = maxBatch;
        this.workers = workers;
        this.maxWaitNanos = maxWaitNanos;
        this.counters = counters;
        this.batch = new ArrayList<>(maxBatch);
        this.requests = new ArrayList<>(maxBatch);
    }

    @Override
    public void run() {
        try (FlightSimulator simulator = simulators.get()) {
            while (true) {
                PendingFlight first = queue.poll(IDLE_POLL_NANOS, TimeUnit.NANOSECONDS);
                if (first == null) {
                    if (counters.isClosed() && queue.isEmpty()) {
                        return; // drained after shutdown
                    }
                    continue;
                }
                gather(first);
                fly(simulator);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            failLeftovers();
        }
    }

    private void gather(PendingFlight first) throws InterruptedException {
        batch.clear();
        batch.add(first);
        long deadline = first.enqueuedNanos + maxWaitNanos;
        // Waiting for company (maxWait > 0) may fill a whole batch; otherwise take a fair share.
        int share = maxWaitNanos > 0 ? maxBatch : Math.min(maxBatch, Math.max(1, (1 + queue.size() + workers - 1) / workers));
        while (batch.size() < share) {
            PendingFlight next = queue.poll();
            if (next == null) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                next = queue.poll(left, TimeUnit.NANOSECONDS);
                if (next == null) {
                    return;
                }
            }
            batch.add(next);
        }
    }

    private void fly(FlightSimulator simulator) {
        requests.clear();
        for (PendingFlight p : batch) {
            requests.add(p.request);
        }
        List<FlightResult> results;
        try {
            results = simulator.flyAll(requests);
        } catch (RuntimeException batchFailure) {
            // One bad request must not fail its neighbours: fly each alone to find it.
            flyOneByOne(simulator);
            return;
        } catch (Error e) {
            for (PendingFlight p : batch) {
                answer(p, null, e);
            }
            throw e;
        }
        counters.batchFlown(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            answer(batch.get(i), results.get(i), null);
        }
    }

    private void flyOneByOne(FlightSimulator simulator) {
        for (PendingFlight p : batch) {
            try {
                FlightResult r = simulator.fly(p.request);
                counters.batchFlown(1);
                answer(p, r, null);
            } catch (RuntimeException e) {
                answer(p, null, e);
            }
        }
    }

    private void answer(PendingFlight p, FlightResult result, Throwable error) {
        counters.answered(p.enqueuedNanos, error != null);
        if (error == null) {
            p.complete(result);
        } else {
            p.completeExceptionally(error);
        }
    }

    /** A worker that stops for any reason leaves no caller waiting forever. */
    private void failLeftovers() {
        IllegalStateException stopped = new IllegalStateException("flight service worker stopped");
        for (PendingFlight p : batch) {
            if (!p.isDone()) {
                answer(p, null, stopped);
            }
        }
    }
}
