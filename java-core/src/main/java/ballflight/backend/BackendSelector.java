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
import ballflight.verdict.WarmUpRule;
import ballflight.verdict.LoadedVerdict;
import ballflight.verdict.MachineId;
import ballflight.verdict.SafePlan;
import ballflight.verdict.Verdict;
import ballflight.verdict.VerdictSource;
import java.util.ServiceLoader;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * Chooses a kernel once per process and remembers why. The native and java-simd kernels are
 * looked up through {@link ServiceLoader} (they live in the bindings and java-simd modules); the
 * scalar Java kernel is always available. {@code auto} follows the benchmark verdict
 * ({@link VerdictSource}, {@link KernelPolicy}): native only for the batch sizes where it won
 * beyond the measurement error; a kernel the verdict names that cannot run here gives way to the
 * next of the verdict's ranking, and the backend line says so. Without a verdict, native whenever
 * it loads. A verdict measured on another machine ({@link MachineId}) is not followed: {@link SafePlan}
 * runs instead, and the backend line says so.
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

        static {
            nativeProbed = true;
        }
    }

    /** Set once the native library has been tried: from then on plans use the answer, not a guess. */
    private static volatile boolean nativeProbed;

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

    /**
     * Whether {@link #kernelNamed} gives a kernel; probes (loads) the provider on first call. The
     * thread-pool kernels run wherever their one-thread kernel does, so asking does not start a pool.
     */
    private static boolean available(String name) {
        if (name.equals(Contenders.JAVA) || name.equals(Contenders.JAVA_PARALLEL)) {
            return true;
        }
        if (name.equals(Contenders.JAVA_SIMD_PARALLEL)) {
            return available(Contenders.JAVA_SIMD);
        }
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
        if (!loaded.verdict().measuredOn(MachineId.current())) {
            return safeRule(loaded, dtSeconds);
        }
        // The plans are made as if the native library loads, and again without it; the library is
        // loaded only when a call reaches a native band (a one-ball run never pays for it), and if
        // it then fails that call and the rest follow the plans without it, as the line says. The
        // Java kernels a plan names are probed now (cheap); thread pools start on first use.
        Verdict v = loaded.verdict();
        boolean guess = !nativeProbed;
        Predicate<String> ifNativeLoads = k -> k.equals(NATIVE) && guess || available(k);
        Predicate<String> withoutNative = k -> !k.equals(NATIVE) && available(k);
        KernelPlan plan = KernelPolicy.plan(v, dtSeconds, ifNativeLoads);
        KernelPlan planJava = KernelPolicy.plan(v, dtSeconds, withoutNative);
        StringBuilder unavailable = new StringBuilder();
        for (String k : plan.unavailable()) {
            unavailable.append("; ").append(k).append(" unavailable: ").append(problem(k));
        }
        KernelPlan cold = KernelPolicy.coldPlan(v, dtSeconds, ifNativeLoads);
        String source = " (auto: verdict for " + plan.mode().toLowerCase(java.util.Locale.ROOT) + " from "
                + loaded.describe() + unavailable + ")";
        if (cold == null) {
            IntFunction<FlightKernel> kernels = lazyKernels(plan, lazyKernels(planJava, null));
            return new BackendSelection(Backend.AUTO, kernels.apply(1), "backend: " + plan.describe()
                    + ifNativeFails(plan, planJava, guess) + source, kernels);
        }
        // A process's first flights go by the fresh-JVM ranking (the work done so far, this call
        // included), the rest by the warmed one: a short run never waits for a kernel to warm up.
        int limit = KernelPolicy.coldLimit(v, cold);
        KernelPlan coldJava = KernelPolicy.coldPlan(v, dtSeconds, withoutNative);
        KernelPlan later = WarmUpRule.afterCold(v, cold, plan, limit);
        KernelPlan laterJava = WarmUpRule.afterCold(v, coldJava, planJava, limit);
        IntFunction<FlightKernel> coldKernels = lazyKernels(cold, lazyKernels(coldJava, null));
        IntFunction<FlightKernel> laterKernels = lazyKernels(later, lazyKernels(laterJava, null));
        String reason = "backend: cold (until the process has flown " + limit + " flights): " + cold.describe()
                + "; then " + (later.sameAs(plan) ? "warm: " + plan.describe()
                : later.describe() + " (of the warm plan, " + plan.describe() + ", only the bands whose kernel had"
                        + " caught up in the fresh runs)")
                + ifNativeFails(cold, coldJava, guess) + source;
        return new BackendSelection(Backend.AUTO, coldKernels.apply(1), reason, n -> {
            long work = ProcessFlights.flown() + n;
            return work <= limit ? coldKernels.apply((int) work) : laterKernels.apply(n);
        });
    }

    /** What the line adds about a native library that fails to load, when a plan runs native at all. */
    private static String ifNativeFails(KernelPlan plan, KernelPlan withoutNative, boolean guessed) {
        return plan.sameAs(withoutNative) || !guessed ? "" : "; if the native library fails to load when first needed: "
                + withoutNative.describe();
    }

    /**
     * {@link SafePlan} for a verdict from another machine. The native library is probed only when a
     * batch reaches the native band, so a run of small calls (one ball) never loads it; the line
     * states both branches of the rule.
     */
    private static BackendSelection safeRule(LoadedVerdict loaded, double dtSeconds) {
        String mode = KernelPolicy.modeName(dtSeconds);
        int cores = Runtime.getRuntime().availableProcessors();
        KernelPlan withNative = SafePlan.plan(mode, k -> true, cores);
        KernelPlan withoutNative = SafePlan.plan(mode, k -> !k.equals(NATIVE), cores);
        String whose = loaded.verdict().host() == null ? "the verdict does not record its machine"
                : "the verdict is from another machine (" + loaded.verdict().host().describe() + ")";
        String reason = "backend: " + withNative.describe() + " when the native library loads, else "
                + withoutNative.describe() + " (auto: safe rule, " + whose + ": " + loaded.describe()
                + "; this is " + MachineId.current().describe() + "; `ballflight bench --quick` measures this one)";
        IntFunction<FlightKernel> javaOnly = kernelsOf(withoutNative);
        return new BackendSelection(Backend.AUTO, javaOnly.apply(1), reason,
                n -> n >= SafePlan.NATIVE_FROM && available(NATIVE) ? NativeHolder.PROBE.kernel() : javaOnly.apply(n));
    }

    /**
     * {@code plan}'s kernel for each batch size, each made on first use; a native band whose library
     * does not load goes to {@code withoutNative} (null: the plan has no native band).
     */
    private static IntFunction<FlightKernel> lazyKernels(KernelPlan plan, IntFunction<FlightKernel> withoutNative) {
        return n -> {
            String k = plan.kernelFor(n);
            if (k.equals(NATIVE)) {
                FlightKernel nat = NativeHolder.PROBE.kernel();
                if (nat != null) {
                    return nat;
                }
                return withoutNative != null ? withoutNative.apply(n) : JAVA_KERNEL;
            }
            try {
                return kernelNamed(k);
            } catch (KernelUnavailableException e) {
                throw new IllegalStateException("the plan chose " + k + " after checking that it runs: " + e.getMessage(), e);
            }
        };
    }

    /** {@code plan}'s kernel for each batch size, every kernel probed now. */
    private static IntFunction<FlightKernel> kernelsOf(KernelPlan plan) {
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
        return n -> {
            FlightKernel k = kernels[0];
            for (int i = 1; i < from.length && n >= from[i]; i++) {
                k = kernels[i];
            }
            return k;
        };
    }
}
