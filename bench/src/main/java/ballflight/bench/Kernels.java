package ballflight.bench;

import ballflight.engine.BatchCodec;
import ballflight.kernel.BatchColumn;
import ballflight.kernel.FlightBatch;
import ballflight.kernel.FlightKernel;
import ballflight.kernel.JavaFlightKernel;
import ballflight.kernel.KernelParams;
import ballflight.kernel.spi.KernelUnavailableException;
import ballflight.model.AeroParameters;
import ballflight.model.FlightRequest;
import ballflight.nativekernel.NativeFlightKernel;
import ballflight.nativekernel.NativeKernelProvider;
import ballflight.parallel.ParallelJavaKernel;
import ballflight.simd.VectorFlightKernel;
import ballflight.verdict.Contenders;
import java.util.List;

/**
 * Builds each contender explicitly (never through {@code auto}, which may fall back silently),
 * checks its identity, and checks its answers against the scalar Java kernel bit for bit, so a
 * broken fast path cannot look fast.
 */
public final class Kernels {
    private Kernels() {
    }

    /**
     * {@code java}, {@code java-parallel} (all cores), {@code java-simd} (Vector API lanes; the JVM
     * needs {@link ForkFlags#VECTOR_API}), {@code java-simd-parallel} (all cores),
     * {@code native}/{@code native-1} (one thread), {@code native-all}.
     */
    public static FlightKernel create(String contender) {
        int cores = Runtime.getRuntime().availableProcessors();
        FlightKernel k = switch (contender) {
            case Contenders.JAVA -> new JavaFlightKernel();
            case Contenders.JAVA_PARALLEL -> new ParallelJavaKernel(cores);
            case Contenders.JAVA_SIMD -> new VectorFlightKernel();
            case Contenders.JAVA_SIMD_PARALLEL -> ParallelJavaKernel.over(new VectorFlightKernel(), cores);
            case Contenders.NATIVE, Contenders.NATIVE_ONE_THREAD -> nativeKernel(1);
            case Contenders.NATIVE_ALL_CORES -> nativeKernel(cores);
            default -> throw new IllegalArgumentException("unknown contender " + contender);
        };
        if (!k.name().equals(Contenders.kernelOf(contender))) {
            throw new IllegalStateException("asked for " + contender + ", got kernel " + k.name());
        }
        return k;
    }

    private static FlightKernel nativeKernel(int threads) {
        try {
            NativeFlightKernel k = NativeKernelProvider.kernel();
            k.setThreads(threads);
            if (k.threadCount() != threads) {
                throw new IllegalStateException("native kernel runs " + k.threadCount() + " threads, wanted " + threads);
            }
            return k;
        } catch (KernelUnavailableException e) {
            throw new IllegalStateException("the native kernel cannot run here: " + e.getMessage(), e);
        }
    }

    /** A batch holding {@code requests}, encoded with Nathan's model. */
    public static FlightBatch batchOf(List<FlightRequest> requests) {
        FlightBatch b = FlightBatch.allocate(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            BatchCodec.encode(requests.get(i), AeroParameters.NATHAN, b, i);
        }
        b.setSize(requests.size());
        return b;
    }

    /**
     * Throws unless {@code flown} (already integrated by {@code contender}) holds the scalar Java
     * kernel's bits for up to {@code sample} flights at each end of the batch.
     */
    public static void checkAgainstJava(String contender, List<FlightRequest> requests, FlightBatch flown,
                                        KernelParams params, int sample) {
        int n = requests.size();
        int head = Math.min(n, sample);
        int tailStart = Math.max(head, n - sample);
        check(contender, requests, flown, params, 0, head);
        if (tailStart < n) {
            check(contender, requests, flown, params, tailStart, n);
        }
    }

    /**
     * A trial's end: {@link #checkAgainstJava} on the memory the benchmark wrote, then the batch
     * and (if it holds threads) the kernel closed, whatever the check found.
     */
    public static void checkAndClose(String contender, FlightKernel kernel, List<FlightRequest> requests,
                                     FlightBatch flown, KernelParams params, int sample) {
        try {
            checkAgainstJava(contender, requests, flown, params, sample);
        } finally {
            flown.close();
            if (kernel instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static void check(String contender, List<FlightRequest> requests, FlightBatch flown, KernelParams params,
                              int from, int to) {
        try (FlightBatch reference = batchOf(requests.subList(from, to))) {
            new JavaFlightKernel().integrate(reference, params, null);
            for (int i = from; i < to; i++) {
                for (int c = BatchColumn.INPUT_COUNT; c < BatchColumn.COUNT; c++) {
                    double e = reference.get(c, i - from);
                    double a = flown.get(c, i);
                    if (Double.doubleToRawLongBits(e) != Double.doubleToRawLongBits(a)) {
                        throw new IllegalStateException(contender + " disagrees with the Java kernel: flight " + i
                                + " " + BatchColumn.name(c) + " = " + a + ", java " + e);
                    }
                }
            }
        }
    }
}
