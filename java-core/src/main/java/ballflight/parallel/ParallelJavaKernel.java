package ballflight.parallel;

import ballflight.kernel.BatchValidator;
import ballflight.kernel.FlightBatch;
import ballflight.kernel.FlightKernel;
import ballflight.kernel.JavaFlightKernel;
import ballflight.kernel.KernelParams;
import ballflight.kernel.PathBuffer;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A one-thread Java kernel spread over several threads: the batch is cut into chunks of
 * consecutive flights that the calling thread and {@code threads - 1} pool threads take in turn.
 * By default the kernel is the scalar {@link JavaFlightKernel} ({@value #NAME}); {@link #over}
 * spreads another one (java-simd: {@code java-simd-parallel}). Every flight's bits depend only on
 * the flight, so they are the same as one single-thread call on the whole batch, for any thread
 * count.
 *
 * <p>Each participant copies its chunk's input columns into a private scratch batch, integrates
 * it, and copies the output columns (and path samples) back: the kernels integrate whole batches
 * only, and the copy (29 doubles per flight) is noise next to hundreds of RK4 steps.
 *
 * <p>Batches under {@value #MIN_PARALLEL_FLIGHTS} flights stay on the calling thread: waking a
 * parked thread costs tens of microseconds, as much as a short flight at the coarsest step. The
 * pool runs one batch at a time; a call that finds it busy runs on its own thread instead of
 * waiting. The steady state allocates nothing (threads park, chunks are claimed with an atomic
 * counter).
 */
public final class ParallelJavaKernel implements FlightKernel, AutoCloseable {
    public static final String NAME = "java-parallel";
    /** Appended to the spread kernel's name: {@code java} becomes {@value #NAME}. */
    public static final String SUFFIX = "-parallel";
    /** Smallest batch that is worth waking the pool for. */
    public static final int MIN_PARALLEL_FLIGHTS = 8;
    /** Largest chunk; smaller chunks keep threads balanced when flight lengths differ. */
    static final int MAX_CHUNK_FLIGHTS = 64;
    /** Chunks per thread aimed at, for load balance (a pop-up lasts 20x a ground ball). */
    private static final int CHUNKS_PER_THREAD = 8;

    private final int threads;
    private final FlightKernel single;
    private final String name;
    private final Thread[] workers;
    private final Scratch[] scratch;
    private final ReentrantLock poolLock = new ReentrantLock();

    // The current job; written by the caller before the generation bump, read by workers after it.
    private FlightBatch jobBatch;
    private KernelParams jobParams;
    private PathBuffer jobPath;
    private int jobChunk;
    private int jobChunks;
    private Thread jobCaller;
    private volatile long generation;
    private volatile boolean closed;
    private final AtomicInteger nextChunk = new AtomicInteger();
    private final AtomicInteger busyWorkers = new AtomicInteger();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    /** The scalar kernel on all available processors. */
    public ParallelJavaKernel() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /**
     * The scalar kernel.
     *
     * @param threads threads per batch including the caller, 1 to 1024
     */
    public ParallelJavaKernel(int threads) {
        this(new JavaFlightKernel(), threads);
    }

    private ParallelJavaKernel(FlightKernel single, int threads) {
        this.name = single.name() + SUFFIX;
        if (threads < 1 || threads > 1024) {
            throw new IllegalArgumentException(name + " threads = " + threads + " is out of range: allowed 1 to 1024");
        }
        this.single = single;
        this.threads = threads;
        this.scratch = new Scratch[threads];
        for (int i = 0; i < threads; i++) {
            scratch[i] = new Scratch();
        }
        this.workers = new Thread[threads - 1];
        for (int w = 0; w < workers.length; w++) {
            int slot = w + 1;
            Thread t = new Thread(() -> workLoop(slot), "ballflight-" + name + "-" + slot);
            t.setDaemon(true);
            workers[w] = t;
            t.start();
        }
    }

    /**
     * {@code single} on {@code threads} threads, named {@code single.name() + "-parallel"}.
     *
     * @param single a kernel that one thread runs on a whole batch; it must be safe to call from
     *     several threads at once (each keeps its working state per thread) and give every flight
     *     the same bits whatever else is in its batch
     * @param threads threads per batch including the caller, 1 to 1024
     */
    public static ParallelJavaKernel over(FlightKernel single, int threads) {
        return new ParallelJavaKernel(single, threads);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String describe() {
        return name + " (" + single.name() + " on " + threads + " thread(s); batches under " + MIN_PARALLEL_FLIGHTS
                + " flights stay on the calling thread)";
    }

    public int threads() {
        return threads;
    }

    @Override
    public void integrate(FlightBatch batch, KernelParams params, PathBuffer path) {
        int n = batch.size();
        if (threads == 1 || n < MIN_PARALLEL_FLIGHTS || !poolLock.tryLock()) {
            single.integrate(batch, params, path);
            return;
        }
        try {
            if (closed) {
                throw new IllegalStateException(name + " kernel is closed");
            }
            BatchValidator.check(batch, params, path);
            runOnPool(batch, params, path);
        } finally {
            poolLock.unlock();
        }
    }

    private void runOnPool(FlightBatch batch, KernelParams params, PathBuffer path) {
        int n = batch.size();
        int chunk = Math.clamp((n + threads * CHUNKS_PER_THREAD - 1) / (threads * CHUNKS_PER_THREAD), 1,
                MAX_CHUNK_FLIGHTS);
        jobBatch = batch;
        jobParams = params;
        jobPath = path;
        jobChunk = chunk;
        jobChunks = (n + chunk - 1) / chunk;
        jobCaller = Thread.currentThread();
        failure.set(null);
        nextChunk.set(0);
        busyWorkers.set(workers.length);
        generation = generation + 1; // publishes the job fields above
        for (Thread w : workers) {
            LockSupport.unpark(w);
        }
        runChunks(0);
        while (busyWorkers.get() != 0) {
            LockSupport.park(this);
        }
        jobBatch = null;
        jobPath = null;
        Throwable t = failure.getAndSet(null);
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }

    private void workLoop(int slot) {
        long seen = 0;
        while (true) {
            long g;
            while ((g = generation) == seen) {
                if (closed) {
                    return;
                }
                LockSupport.park(this);
            }
            seen = g;
            Thread caller = jobCaller;
            try {
                runChunks(slot);
            } finally {
                if (busyWorkers.decrementAndGet() == 0) {
                    LockSupport.unpark(caller);
                }
            }
        }
    }

    /** Claims chunks until none is left; a failure is kept for the caller and stops nobody else. */
    private void runChunks(int slot) {
        Scratch s = scratch[slot];
        int c;
        while ((c = nextChunk.getAndIncrement()) < jobChunks) {
            int from = c * jobChunk;
            int count = Math.min(jobChunk, jobBatch.size() - from);
            try {
                s.integrate(single, jobBatch, jobParams, jobPath, from, count);
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            }
        }
    }

    /** Stops the pool threads; later large batches throw. */
    @Override
    public void close() {
        closed = true;
        for (Thread w : workers) {
            LockSupport.unpark(w);
        }
    }
}
