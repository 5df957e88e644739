package ballflight.verdict;

/** Contender names shared by the benchmarks, the verdict and the kernel plan. */
public final class Contenders {
    public static final String JAVA = "java";
    public static final String JAVA_PARALLEL = "java-parallel";
    /** The native kernel as the plan names it (it runs with the process's thread setting). */
    public static final String NATIVE = "native";
    public static final String NATIVE_ONE_THREAD = "native-1";
    public static final String NATIVE_ALL_CORES = "native-all";

    private Contenders() {
    }

    public static boolean isNative(String contender) {
        return contender.equals(NATIVE) || contender.startsWith(NATIVE + "-");
    }

    /** The kernel a plan runs for a contender: every native variant is the one native kernel. */
    public static String kernelOf(String contender) {
        if (isNative(contender)) {
            return NATIVE;
        }
        if (contender.equals(JAVA) || contender.equals(JAVA_PARALLEL)) {
            return contender;
        }
        throw new IllegalArgumentException("unknown contender '" + contender + "': expected java, java-parallel,"
                + " native, native-1 or native-all");
    }
}
