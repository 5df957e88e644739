package ballflight.bench;

import java.util.List;

/** JVM flags every benchmark fork needs (FFM access; JMH's Unsafe use on JDK 24+). */
public final class ForkFlags {
    public static final String NATIVE_ACCESS = "--enable-native-access=ALL-UNNAMED";
    public static final String UNSAFE = "--sun-misc-unsafe-memory-access=allow";
    /** JMH's -jvmArgsAppend replaces the annotation's flags, so the runner repeats them all. */
    public static final List<String> ALL = List.of(NATIVE_ACCESS, UNSAFE);

    private ForkFlags() {
    }
}
