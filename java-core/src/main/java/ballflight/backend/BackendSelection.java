package ballflight.backend;

import ballflight.kernel.FlightKernel;
import java.util.function.IntFunction;

/**
 * The kernel chosen for a {@link Backend} request and why: printed once (stderr / log) so a
 * fallback is never silent. Under {@code auto} with a benchmark verdict the kernel may depend on
 * the batch size ({@link #kernelFor(int)}).
 *
 * @param requested what the user asked for
 * @param kernel the kernel for a single flight
 * @param reason one line: which backend(s) run and why
 * @param perBatchSize the kernel for a batch of n flights
 */
public record BackendSelection(Backend requested, FlightKernel kernel, String reason,
                               IntFunction<FlightKernel> perBatchSize) {

    /** One kernel for every batch size. */
    public BackendSelection(Backend requested, FlightKernel kernel, String reason) {
        this(requested, kernel, reason, n -> kernel);
    }

    public FlightKernel kernelFor(int batchSize) {
        return perBatchSize.apply(batchSize);
    }
}
