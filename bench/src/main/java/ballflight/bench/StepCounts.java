package ballflight.bench;

import ballflight.kernel.BatchColumn;
import ballflight.kernel.FlightBatch;
import ballflight.kernel.KernelParams;
import ballflight.kernel.SimulationMode;
import ballflight.model.AeroParameters;
import ballflight.model.FlightRequest;
import ballflight.parallel.ParallelJavaKernel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * RK4 steps a workload takes, for "ns per step": flown once with the Java kernel (the work is
 * deterministic, so every contender takes the same steps). A flight takes ceil(t_end / dt) steps:
 * the last one is whole even when the event falls inside it.
 */
public final class StepCounts {
    private final Map<SimulationMode, long[]> spreadPrefix = new HashMap<>();

    /** Steps of the first {@code batchSize} flights of the spread. */
    public long batch(SimulationMode mode, int batchSize) {
        long[] prefix = spreadPrefix.get(mode);
        if (prefix == null || prefix.length <= batchSize) {
            prefix = prefixSums(Flights.spread(batchSize), mode);
            spreadPrefix.put(mode, prefix);
        }
        return prefix[batchSize];
    }

    public long single(SimulationMode mode, FlightRequest request) {
        return prefixSums(List.of(request), mode)[1];
    }

    private static long[] prefixSums(List<FlightRequest> requests, SimulationMode mode) {
        KernelParams params = KernelParams.of(AeroParameters.NATHAN, mode.dtSeconds());
        long[] sums = new long[requests.size() + 1];
        try (ParallelJavaKernel kernel = new ParallelJavaKernel(); FlightBatch b = Kernels.batchOf(requests)) {
            kernel.integrate(b, params, null);
            for (int i = 0; i < requests.size(); i++) {
                double t = b.get(BatchColumn.T_END, i);
                sums[i + 1] = sums[i] + Math.max(1, (long) Math.ceil(t / mode.dtSeconds() - 1e-9));
            }
        }
        return sums;
    }
}
