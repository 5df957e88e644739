package ballflight.backend;

import ballflight.kernel.FlightKernel;
import ballflight.kernel.JavaFlightKernel;
import ballflight.kernel.SimulationMode;
import ballflight.kernel.spi.KernelProvider;
import ballflight.kernel.spi.KernelUnavailableException;
import ballflight.parallel.ParallelJavaKernel;
import ballflight.verdict.Contenders;
import ballflight.verdict.KernelPlan;
import ballflight.verdict.KernelPolicy;
import ballflight.verdict.LoadedVerdict;
import ballflight.verdict.VerdictSource;
import java.util.ServiceLoader;

/**
 * Chooses a kernel once per process and remembers why. The native and java-simd kernels are
 * looked up through {@link ServiceLoader} (they live in the bindings and java-simd modules); the
 * scalar Java kernel is always available. {@code auto} follows the benchmark verdict
 * ({@link VerdictSource}, {@link KernelPolicy}): native only for the batch sizes where it won
 * beyond the measurement error; a kernel the verdict names that cannot run here gives way to the
 * next of the verdict's ranking, and the backend line says so. Without a verdict, native whenever
 * it loads.
 */
public final class BackendSelector {
    public static final String NATIVE = Contenders.NATIVE;

    private BackendSelector() {
    }

    /** A provider's kernel, or why it cannot run here; probed once per holder class. */
    private record Probe(FlightKernel kernel, KernelUnavailableException failure) {

        static Probe of(String name, String missingHint) {
            try {
                for (KernelProvider p : ServiceLoader.load(KernelProvider.class)) {
                    if (name.equals(p.name())) {
                        return new Probe(p.create(), null);
                    }
                }
                return new Probe(null, new KernelUnavailableException("no " + name + " kernel provider on the class path ("
                        + missingHint + ")"));
            } catch (KernelUnavailableException e) {
                return new Probe(null, e);
            }
        }

        FlightKernel get() throws KernelUnavailableException {
            if (kernel == null) {
                throw new KernelUnavailableException(failure.getMessage(), failure);
            }
            return kernel;
        }
    }

    /** Lazily probes the native provider once; every later call reuses the answer. */
    private static final class NativeHolder {
        static final Probe PROBE = Probe.of(NATIVE, "ballflight-bindings is missing or registers no provider");
    }

    /** Lazily probes the Vector API provider once. */
    private static final class SimdHolder {
        static final Probe PROBE = Probe.of(Contenders.JAVA_SIMD,
                "ballflight-simd is missing or registers no provider");
    }

    /** The multi-threaded Java kernel, started only when a plan needs it. */
    private static final class ParallelHolder {
        static final ParallelJavaKernel KERNEL = new ParallelJavaKernel();
    }

    /** java-simd on every core, started only when a plan needs it (and java-simd runs). */
    private static final class SimdParallelHolder {
        static final ParallelJavaKernel KERNEL = SimdHolder.PROBE.kernel() == null ? null
                : ParallelJavaKernel.over(SimdHolder.PROBE.kernel(), Runtime.getRuntime().availableProcessors());
    }

    /** The verdict, read once per process. */
    private static final class VerdictHolder {
        static final LoadedVerdict LOADED = VerdictSource.load();
    }

    private static final FlightKernel JAVA_KERNEL = new JavaFlightKernel();

    public static FlightKernel javaKernel() {
        return JAVA_KERNEL;
    }

    /** The Java kernel on all cores (one shared pool per process). */
    public static FlightKernel javaParallelKernel() {
        return ParallelHolder.KERNEL;
    }

    /** The native kernel, or why it is unavailable. */
    public static FlightKernel nativeKernel() throws KernelUnavailableException {
        return NativeHolder.PROBE.get();
    }

    /** The Vector API kernel (java-simd), or why it is unavailable. */
    public static FlightKernel simdKernel() throws KernelUnavailableException {
        return SimdHolder.PROBE.get();
    }

    /** java-simd on all cores (one shared pool per process), or why java-simd is unavailable. */
    public static FlightKernel simdParallelKernel() throws KernelUnavailableException {
        simdKernel();
        return SimdParallelHolder.KERNEL;
    }

    /**
     * The kernel a plan names ({@link Contenders#kernelOf}), or why it cannot run here.
     *
     * @throws IllegalArgumentException if {@code name} is no kernel name
     */
    public static FlightKernel kernelNamed(String name) throws KernelUnavailableException {
        return switch (name) {
            case Contenders.JAVA -> JAVA_KERNEL;
            case Contenders.JAVA_PARALLEL -> javaParallelKernel();
            case Contenders.JAVA_SIMD -> simdKernel();
            case Contenders.JAVA_SIMD_PARALLEL -> simdParallelKernel();
            case Contenders.NATIVE -> nativeKernel();
            default -> throw new IllegalArgumentException("unknown kernel '" + name + "': expected one of "
                    + String.join(", ", Contenders.JAVA_SIMPLEST_FIRST) + " or native");
        };
    }

    /** Whether {@link #kernelNamed} gives a kernel; probes (loads) the provider on first call. */
    private static boolean available(String name) {
        try {
            kernelNamed(name);
            return true;
        } catch (KernelUnavailableException e) {
            return false;
        }
    }

    /** Why {@code name} cannot run here (its provider's message). */
    private static String problem(String name) {
        try {
            kernelNamed(name);
            return "available";
        } catch (KernelUnavailableException e) {
            return e.getMessage();
        }
    }

    /** The verdict {@code auto} follows in this process and where it came from. */
    public static LoadedVerdict verdict() {
        return VerdictHolder.LOADED;
    }

    /** As {@link #select(Backend, double)} for the ACCURATE step. */
    public static BackendSelection select(Backend requested) {
        return select(requested, SimulationMode.ACCURATE.dtSeconds());
    }

    /** The kernel(s) for {@code requested} at RK4 step {@code dtSeconds}. */
    public static BackendSelection select(Backend requested, double dtSeconds) {
        switch (requested) {
            case JAVA:
                return new BackendSelection(requested, JAVA_KERNEL, "backend: java (requested)");
            case NATIVE:
                try {
                    return new BackendSelection(requested, nativeKernel(), "backend: native (requested)");
                } catch (KernelUnavailableException e) {
                    throw new BackendUnavailableException("backend native was requested but cannot run: "
                            + e.getMessage(), e);
                }
            case AUTO:
            default:
                return auto(dtSeconds);
        }
    }

    private static BackendSelection auto(double dtSeconds) {
        LoadedVerdict loaded = verdict();
        if (loaded.verdict() == null) {
            FlightKernel nativeKernel = null;
            String nativeProblem = null;
            try {
                nativeKernel = nativeKernel();
            } catch (KernelUnavailableException e) {
                nativeProblem = e.getMessage();
            }
            String why = "no benchmark verdict: " + loaded.describe();
            return nativeKernel != null
                    ? new BackendSelection(Backend.AUTO, nativeKernel, "backend: native (auto: native library loaded; "
                            + why + ")")
                    : new BackendSelection(Backend.AUTO, JAVA_KERNEL, "backend: java (auto: native unavailable: "
                            + nativeProblem + "; " + why + ")");
        }
        // Only kernels the verdict names are probed: the native library is loaded (and its thread
        // pool started) only when a band runs native, java-simd-parallel's pool only if needed.
        KernelPlan plan = KernelPolicy.plan(loaded.verdict(), dtSeconds, BackendSelector::available);
        FlightKernel[] kernels = new FlightKernel[plan.bands().size()];
        int[] from = new int[kernels.length];
        for (int i = 0; i < kernels.length; i++) {
            from[i] = plan.bands().get(i).fromBatchSize();
            try {
                kernels[i] = kernelNamed(plan.bands().get(i).kernel());
            } catch (KernelUnavailableException e) {
                throw new IllegalStateException("the plan chose " + plan.bands().get(i).kernel()
                        + " after checking that it runs: " + e.getMessage(), e);
            }
        }
        StringBuilder unavailable = new StringBuilder();
        for (String k : plan.unavailable()) {
            unavailable.append("; ").append(k).append(" unavailable: ").append(problem(k));
        }
        String reason = "backend: " + plan.describe() + " (auto: verdict for " + plan.mode().toLowerCase(java.util.Locale.ROOT)
                + " from " + loaded.describe() + unavailable + ")";
        return new BackendSelection(Backend.AUTO, kernels[0], reason, n -> {
            FlightKernel k = kernels[0];
            for (int i = 1; i < from.length && n >= from[i]; i++) {
                k = kernels[i];
            }
            return k;
        });
    }
}
