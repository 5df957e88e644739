package ballflight.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the same worker on N threads and waits for all of them; the workers pull their own work
 * (a shared counter), so scheduling is dynamic and results stay deterministic when the caller
 * merges them in a fixed order. One thread runs on the caller, with no pool.
 */
public final class Workers {
    private Workers() {
    }

    /** Runs {@code worker} on {@code threads} threads; a worker's RuntimeException is rethrown. */
    public static void run(int threads, Runnable worker) {
        if (threads <= 1) {
            worker.run();
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(worker));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
