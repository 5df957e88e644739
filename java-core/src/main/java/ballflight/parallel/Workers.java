package ballflight.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Runs the same worker on N threads and waits for all of them; the workers pull their own work
 * (a shared counter), so scheduling is dynamic and results stay deterministic when the caller
 * merges them in a fixed order. One thread runs on the caller, with no extra thread.
 *
 * <p>Failure semantics: the first worker to throw asks every other worker to stop
 * ({@link Stop#requested()}, checked by the workers between work items: cooperative, nothing is
 * interrupted half-way through a game); {@link #run} joins every thread before it returns or
 * throws, and rethrows that first failure as itself (an {@code OutOfMemoryError} stays one),
 * with any later failures attached as suppressed. The threads are daemons, so a worker stuck in
 * a bug can never keep the JVM alive after {@code main} returns.
 */
public final class Workers {
    private Workers() {
    }

    /** Whether the workers should stop taking new work (another worker failed). */
    @FunctionalInterface
    public interface Stop {
        boolean requested();
    }

    private static final Stop NEVER = () -> false;

    /** Runs {@code worker} on {@code threads} threads; see the class comment for failures. */
    public static void run(int threads, Consumer<Stop> worker) {
        if (threads <= 1) {
            worker.accept(NEVER);
            return;
        }
        AtomicReference<Throwable> first = new AtomicReference<>();
        List<Throwable> later = new ArrayList<>();
        Stop stop = () -> first.get() != null;
        List<Thread> started = new ArrayList<>(threads);
        try {
            for (int i = 0; i < threads; i++) {
                started.add(Thread.ofPlatform().daemon().name("ballflight-worker-" + i).start(() -> {
                    try {
                        worker.accept(stop);
                    } catch (Throwable t) {
                        if (!first.compareAndSet(null, t)) {
                            synchronized (later) {
                                later.add(t);
                            }
                        }
                    }
                }));
            }
        } catch (Throwable cannotStart) {
            // e.g. OutOfMemoryError "unable to create native thread": stop the ones running.
            first.compareAndSet(null, cannotStart);
        }
        joinAll(started, first);
        Throwable failure = first.get();
        if (failure == null) {
            return;
        }
        synchronized (later) {
            for (Throwable t : later) {
                if (t != failure) { // the same instance may be thrown by two workers
                    failure.addSuppressed(t);
                }
            }
        }
        if (failure instanceof RuntimeException re) {
            throw re;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException("a worker failed: " + failure, failure);
    }

    /**
     * Joins every thread. An interrupt of the caller asks the workers to stop (as a failure would)
     * and is restored after all of them have finished, so no worker outlives the call.
     */
    private static void joinAll(List<Thread> threads, AtomicReference<Throwable> first) {
        boolean interrupted = false;
        for (Thread t : threads) {
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                    first.compareAndSet(null, new IllegalStateException("interrupted while waiting for the workers", e));
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
