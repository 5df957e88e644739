package ballflight.verdict;

import java.util.List;
import java.util.function.Predicate;

/**
 * What {@code auto} runs without a verdict measured on this machine: a rule that is never far
 * from the best anywhere, because it needs no warm-up and no measurement. Native from
 * {@value #NATIVE_FROM} flights per call when the library loads (the Rust kernel is compiled
 * ahead of time: full speed from the first call, SIMD and all cores); below that, and whenever
 * native cannot load, the scalar Java kernel, which the JIT warms quickest; without native,
 * {@code java-parallel} from {@value #PARALLEL_FROM} flights when there is more than one core.
 * The Vector API kernel is left out: it runs ~5x below its warmed speed for its first seconds.
 */
public final class SafePlan {
    /** Below this a call is a few ms of scalar Java; loading native is not worth it for it alone. */
    public static final int NATIVE_FROM = 64;
    /** From here the Java batch is long enough to split over the cores. */
    public static final int PARALLEL_FROM = 4096;

    private SafePlan() {
    }

    /** The safe plan for {@code mode}; {@code available} says whether a kernel runs here. */
    public static KernelPlan plan(String mode, Predicate<String> available, int cores) {
        if (available.test(Contenders.NATIVE)) {
            return new KernelPlan(mode, List.of(new KernelPlan.Band(1, Contenders.JAVA),
                    new KernelPlan.Band(NATIVE_FROM, Contenders.NATIVE)));
        }
        if (cores > 1) {
            return new KernelPlan(mode, List.of(new KernelPlan.Band(1, Contenders.JAVA),
                    new KernelPlan.Band(PARALLEL_FROM, Contenders.JAVA_PARALLEL)));
        }
        return KernelPlan.always(mode, Contenders.JAVA);
    }
}
