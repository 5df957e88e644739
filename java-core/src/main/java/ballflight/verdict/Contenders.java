package ballflight.verdict;

import java.util.List;

/** Contender names shared by the benchmarks, the verdict and the kernel plan. */
public final class Contenders {
    public static final String JAVA = "java";
    public static final String JAVA_PARALLEL = "java-parallel";
    /** The Vector API kernel (module java-simd; needs {@code --add-modules jdk.incubator.vector}). */
    public static final String JAVA_SIMD = "java-simd";
    /** java-simd on every core. */
    public static final String JAVA_SIMD_PARALLEL = "java-simd-parallel";
    /** The native kernel as the plan names it (it runs with the process's thread setting). */
    public static final String NATIVE = "native";
    public static final String NATIVE_ONE_THREAD = "native-1";
    public static final String NATIVE_ALL_CORES = "native-all";

    /**
     * The Java contenders, simplest first: a tie within the measurement error goes to the earlier
     * one. Fewer threads first (they leave the other cores to the caller), then scalar before SIMD
     * (the scalar kernel needs no incubator module).
     */
    public static final List<String> JAVA_SIMPLEST_FIRST = List.of(JAVA, JAVA_SIMD, JAVA_PARALLEL, JAVA_SIMD_PARALLEL);

    private Contenders() {
    }

    public static boolean isNative(String contender) {
        return contender.equals(NATIVE) || contender.startsWith(NATIVE + "-");
    }

    /** Position in {@link #JAVA_SIMPLEST_FIRST}; native after every Java contender. */
    public static int simplicity(String contender) {
        int i = JAVA_SIMPLEST_FIRST.indexOf(contender);
        return i >= 0 ? i : JAVA_SIMPLEST_FIRST.size();
    }

    /** The kernel a plan runs for a contender: every native variant is the one native kernel. */
    public static String kernelOf(String contender) {
        if (isNative(contender)) {
            return NATIVE;
        }
        if (JAVA_SIMPLEST_FIRST.contains(contender)) {
            return contender;
        }
        throw new IllegalArgumentException("unknown contender '" + contender + "': expected one of "
                + String.join(", ", JAVA_SIMPLEST_FIRST) + ", native, native-1 or native-all");
    }
}
