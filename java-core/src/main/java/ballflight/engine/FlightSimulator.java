package ballflight.engine;

import ballflight.backend.Backend;
import ballflight.backend.BackendSelection;
import ballflight.backend.BackendSelector;
import ballflight.kernel.FlightBatch;
import ballflight.kernel.FlightKernel;
import ballflight.kernel.KernelParams;
import ballflight.kernel.PathBuffer;
import ballflight.kernel.SimulationMode;
import ballflight.kernel.Stepping;
import ballflight.model.AeroParameters;
import ballflight.model.FlightRequest;
import ballflight.model.FlightResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The public entry point: flies one ball or a list of balls with the chosen backend, mode and
 * model. Requests are packed into a reused off-heap {@link FlightBatch} (chunks of
 * {@value #CHUNK} flights), integrated by the kernel and unpacked into {@link FlightResult}s.
 *
 * <p>Not thread-safe: use one simulator per thread (they share the loaded kernels).
 *
 * <pre>{@code
 * try (FlightSimulator sim = FlightSimulator.builder().backend(Backend.AUTO).build()) {
 *     FlightResult r = sim.fly(FlightRequest.of(Launch.of(100, 28).withBackspinRpm(1800)));
 * }
 * }</pre>
 */
public final class FlightSimulator implements AutoCloseable {
    /** Flights per kernel call for {@link #flyAll}. */
    public static final int CHUNK = 4096;

    private final BackendSelection selection;
    private final AeroParameters aero;
    private final KernelParams params;
    private final Stepping stepping;
    private final int pathSamples;
    private final int pathStride;
    private final List<FlightSimulator> siblings = new ArrayList<>();
    private FlightBatch batch;
    private PathBuffer path;

    private FlightSimulator(Builder b) {
        // First: a bad step is named before any kernel loads.
        this.params = b.stepping != null ? b.stepping.params(b.aero) : KernelParams.of(b.aero, b.dtSeconds);
        this.stepping = b.stepping;
        this.selection = BackendSelector.select(b.backend, params.dtSeconds());
        this.aero = b.aero;
        this.pathSamples = b.pathSamples;
        this.pathStride = stride(b.pathIntervalSeconds, params.dtSeconds());
    }

    private FlightSimulator(FlightSimulator of, int pathSamples, double pathIntervalSeconds) {
        this.params = of.params;
        this.stepping = of.stepping;
        this.selection = of.selection;
        this.aero = of.aero;
        this.pathSamples = pathSamples;
        this.pathStride = stride(pathIntervalSeconds, of.params.dtSeconds());
    }

    private static int stride(double intervalSeconds, double dtSeconds) {
        return intervalSeconds <= 0 ? 1 : (int) Math.max(1, Math.round(intervalSeconds / dtSeconds));
    }

    /**
     * A simulator on the same kernels, step and model that also records every flight's path (up to
     * {@code maxSamples} points, one every {@code intervalSeconds}): the same flights, bit for bit,
     * plus where they went. For callers that need the path of only some of their flights. Closed
     * with this simulator; not thread-safe either.
     */
    public FlightSimulator recordingPath(int maxSamples, double intervalSeconds) {
        if (maxSamples < 2) {
            throw new IllegalArgumentException("path needs at least 2 samples, got " + maxSamples);
        }
        FlightSimulator s = new FlightSimulator(this, maxSamples, intervalSeconds);
        siblings.add(s);
        return s;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Auto backend, ACCURATE mode (fixed 1 ms steps), Nathan's model. */
    public static FlightSimulator create() {
        return builder().build();
    }

    /** The kernel for a single flight (under {@code auto}, larger batches may run another: see {@link #backendReason()}). */
    public FlightKernel kernel() {
        return selection.kernel();
    }

    /** The kernel that runs a batch of {@code batchSize} flights. */
    public FlightKernel kernelFor(int batchSize) {
        return selection.kernelFor(batchSize);
    }

    /** One line saying which backend(s) run and why, and which stepping is in force. */
    public String backendReason() {
        return selection.reason() + "; stepping: " + describeStepping();
    }

    public KernelParams params() {
        return params;
    }

    /** e.g. {@code tolerance 0.01 ft (Dormand-Prince 5(4), adaptive steps)} or {@code mode accurate (dt 0.001 s)}. */
    public String describeStepping() {
        if (stepping == null) {
            return "dt " + params.dtSeconds() + " s (fixed RK4 steps)";
        }
        return stepping.describe();
    }

    public FlightResult fly(FlightRequest request) {
        return flyAll(List.of(request)).get(0);
    }

    public List<FlightResult> flyAll(List<FlightRequest> requests) {
        Objects.requireNonNull(requests, "requests");
        List<FlightResult> results = new ArrayList<>(requests.size());
        for (int start = 0; start < requests.size(); start += CHUNK) {
            int n = Math.min(CHUNK, requests.size() - start);
            FlightBatch b = batchFor(n);
            for (int i = 0; i < n; i++) {
                BatchCodec.encode(requests.get(start + i), aero, b, i);
            }
            b.setSize(n);
            PathBuffer p = pathFor(n);
            selection.kernelFor(n).integrate(b, params, p);
            ballflight.backend.ProcessFlights.add(n);
            for (int i = 0; i < n; i++) {
                results.add(BatchCodec.decode(requests.get(start + i), b, i, p));
            }
        }
        return results;
    }

    private FlightBatch batchFor(int n) {
        if (batch == null || batch.capacity() < n) {
            if (batch != null) {
                batch.close();
            }
            batch = FlightBatch.allocate(n);
        }
        return batch;
    }

    private PathBuffer pathFor(int n) {
        if (pathSamples <= 0) {
            return null;
        }
        if (path == null || path.flights() < n) {
            if (path != null) {
                path.close();
            }
            path = PathBuffer.allocate(n, pathSamples, pathStride);
        }
        return path;
    }

    @Override
    public void close() {
        for (FlightSimulator s : siblings) {
            s.close();
        }
        siblings.clear();
        if (batch != null) {
            batch.close();
            batch = null;
        }
        if (path != null) {
            path.close();
            path = null;
        }
    }

    /** Options for a {@link FlightSimulator}. */
    public static final class Builder {
        private Backend backend = Backend.AUTO;
        private AeroParameters aero = AeroParameters.NATHAN;
        private double dtSeconds = SimulationMode.ACCURATE.dtSeconds();
        private Stepping stepping = Stepping.fixed(SimulationMode.ACCURATE);
        private int pathSamples;
        private double pathIntervalSeconds;

        private Builder() {
        }

        public Builder backend(Backend b) {
            this.backend = Objects.requireNonNull(b, "backend");
            return this;
        }

        public Builder mode(SimulationMode m) {
            return stepping(Stepping.fixed(m));
        }

        /**
         * Tolerance stepping: steps chosen per flight so distance, apex and the height at the fence
         * stay within {@code toleranceFt} of the converged solution (hang time within
         * {@code toleranceFt / 100} s, a pitch's plate crossing within {@code toleranceFt / 10}).
         */
        public Builder toleranceFt(double toleranceFt) {
            return stepping(Stepping.tolerance(toleranceFt));
        }

        public Builder stepping(Stepping s) {
            this.stepping = Objects.requireNonNull(s, "stepping");
            this.dtSeconds = s.dtSeconds();
            return this;
        }

        /** An explicit RK4 step instead of a mode. */
        public Builder dtSeconds(double dt) {
            this.dtSeconds = dt;
            this.stepping = null;
            return this;
        }

        public Builder aero(AeroParameters a) {
            this.aero = Objects.requireNonNull(a, "aero");
            return this;
        }

        /** Record up to {@code maxSamples} path points, one every {@code intervalSeconds}. */
        public Builder recordPath(int maxSamples, double intervalSeconds) {
            if (maxSamples < 2) {
                throw new IllegalArgumentException("path needs at least 2 samples, got " + maxSamples);
            }
            this.pathSamples = maxSamples;
            this.pathIntervalSeconds = intervalSeconds;
            return this;
        }

        public FlightSimulator build() {
            return new FlightSimulator(this);
        }
    }
}
