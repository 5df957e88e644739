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
 * Chooses a kernel once per process and remembers why. The native provider is looked up through
 * {@link ServiceLoader} (it lives in the bindings module); the Java kernel is always available.
 * {@code auto} follows the benchmark verdict ({@link VerdictSource}, {@link KernelPolicy}): native
 * only for the batch sizes where it won beyond the measurement error; without a verdict, native
 * whenever it loads.
 */
public final class BackendSelector {
    public static final String NATIVE = "native";

    private BackendSelector() {
    }

    /** Lazily probes the native provider once; every later call reuses the answer. */
    private static final class NativeHolder {
        static final FlightKernel KERNEL;
        static final KernelUnavailableException FAILURE;

        static {
            FlightKernel kernel = null;
            KernelUnavailableException failure = null;
            try {
                kernel = loadNative();
            } catch (KernelUnavailableException e) {
                failure = e;
            }
            KERNEL = kernel;
            FAILURE = failure;
        }

        private static FlightKernel loadNative() throws KernelUnavailableException {
            for (KernelProvider p : ServiceLoader.load(KernelProvider.class)) {
                if (NATIVE.equals(p.name())) {
                    return p.create();
                }
            }
            throw new KernelUnavailableException("no native kernel provider on the class path"
                    + " (ballflight-bindings is missing or registers no provider)");
        }
    }

    /** The multi-threaded Java kernel, started only when a plan needs it. */
    private static final class ParallelHolder {
        static final ParallelJavaKernel KERNEL = new ParallelJavaKernel();
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
        if (NativeHolder.KERNEL == null) {
            throw NativeHolder.FAILURE;
        }
        return NativeHolder.KERNEL;
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
        FlightKernel nativeKernel = null;
        String nativeProblem = null;
        try {
            nativeKernel = nativeKernel();
        } catch (KernelUnavailableException e) {
            nativeProblem = e.getMessage();
        }
        LoadedVerdict loaded = verdict();
        if (loaded.verdict() == null) {
            String why = "no benchmark verdict: " + loaded.describe();
            return nativeKernel != null
                    ? new BackendSelection(Backend.AUTO, nativeKernel, "backend: native (auto: native library loaded; "
                            + why + ")")
                    : new BackendSelection(Backend.AUTO, JAVA_KERNEL, "backend: java (auto: native unavailable: "
                            + nativeProblem + "; " + why + ")");
        }
        KernelPlan plan = KernelPolicy.plan(loaded.verdict(), dtSeconds, nativeKernel != null);
        FlightKernel[] kernels = new FlightKernel[plan.bands().size()];
        int[] from = new int[kernels.length];
        for (int i = 0; i < kernels.length; i++) {
            from[i] = plan.bands().get(i).fromBatchSize();
            kernels[i] = kernelNamed(plan.bands().get(i).kernel(), nativeKernel);
        }
        String reason = "backend: " + plan.describe() + " (auto: verdict for " + plan.mode().toLowerCase(java.util.Locale.ROOT)
                + " from " + loaded.describe()
                + (nativeKernel == null ? "; native unavailable: " + nativeProblem : "") + ")";
        return new BackendSelection(Backend.AUTO, kernels[0], reason, n -> {
            FlightKernel k = kernels[0];
            for (int i = 1; i < from.length && n >= from[i]; i++) {
                k = kernels[i];
            }
            return k;
        });
    }

    private static FlightKernel kernelNamed(String name, FlightKernel nativeKernel) {
        return switch (name) {
            case Contenders.NATIVE -> nativeKernel;
            case Contenders.JAVA_PARALLEL -> javaParallelKernel();
            default -> JAVA_KERNEL;
        };
    }
}
