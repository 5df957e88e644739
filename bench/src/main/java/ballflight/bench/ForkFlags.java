package ballflight.bench;

import java.util.List;

/** JVM flags every benchmark fork needs (FFM access; JMH's Unsafe use on JDK 24+; the Vector API of java-simd). */
public final class ForkFlags {
    public static final String NATIVE_ACCESS = "--enable-native-access=ALL-UNNAMED";
    public static final String UNSAFE = "--sun-misc-unsafe-memory-access=allow";
    /** The java-simd contender's incubating Vector API (one "incubator module" warning per fork). */
    public static final String VECTOR_API = "--add-modules=jdk.incubator.vector";
    /** JMH's -jvmArgsAppend replaces the annotation's flags, so the runner repeats them all. */
    public static final List<String> ALL = List.of(NATIVE_ACCESS, UNSAFE, VECTOR_API);

    private ForkFlags() {
    }
}
