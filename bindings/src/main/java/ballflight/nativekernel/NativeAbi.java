package ballflight.nativekernel;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The C ABI of libballflight written out by hand (jextract is not available): one descriptor per
 * function of {@code native-rust/include/ballflight.h} and the {@code BfParams} layout. The
 * header is the contract; {@code NativeHeaderContractTest} checks every entry here against it.
 */
public final class NativeAbi {
    /** The ABI version these bindings speak ({@code BF_ABI_VERSION}). */
    public static final int ABI_VERSION = 3;

    /** Return code of a successful call ({@code BF_OK}). */
    public static final int OK = 0;

    /** Return code of a call whose kernel panicked, caught at the boundary ({@code BF_ERR_PANIC}): a bug. */
    public static final int ERR_PANIC = 7;

    /** {@code struct BfParams}, field for field, 8-byte aligned (the table pointer is 8 bytes on 64-bit targets). */
    public static final StructLayout BF_PARAMS = MemoryLayout.structLayout(
            JAVA_DOUBLE.withName("dt"),
            JAVA_LONG.withName("max_steps"),
            JAVA_DOUBLE.withName("gravity"),
            JAVA_DOUBLE.withName("radius"),
            JAVA_DOUBLE.withName("cd0"),
            JAVA_DOUBLE.withName("cd_spin_per_rad_per_s"),
            JAVA_DOUBLE.withName("cl0"),
            JAVA_DOUBLE.withName("cl1"),
            JAVA_DOUBLE.withName("cl2"),
            JAVA_DOUBLE.withName("decay_half_step"),
            JAVA_DOUBLE.withName("decay_full_step"),
            JAVA_DOUBLE.withName("shear_min_height"),
            JAVA_LONG.withName("drag_model"),
            JAVA_DOUBLE.withName("crisis_cd_delta"),
            JAVA_DOUBLE.withName("crisis_speed"),
            JAVA_DOUBLE.withName("crisis_exp_scale"),
            ADDRESS.withName("table"),
            JAVA_LONG.withName("table_speed_count"),
            JAVA_LONG.withName("table_spin_count"),
            JAVA_DOUBLE.withName("table_speed_scale"),
            JAVA_DOUBLE.withName("table_spin_scale")).withName("BfParams");

    static final String ABI_VERSION_FN = "bf_abi_version";
    static final String LAST_ERROR_FN = "bf_last_error";
    static final String BUILD_INFO_FN = "bf_build_info";
    static final String SET_THREADS_FN = "bf_set_threads";
    static final String THREAD_COUNT_FN = "bf_thread_count";
    static final String INTEGRATE_FN = "bf_integrate";

    /** Every downcall the bindings make, by C name, in header order. */
    public static final Map<String, FunctionDescriptor> FUNCTIONS = functions();

    private NativeAbi() {
    }

    private static Map<String, FunctionDescriptor> functions() {
        Map<String, FunctionDescriptor> m = new LinkedHashMap<>();
        m.put(ABI_VERSION_FN, FunctionDescriptor.of(JAVA_INT));
        m.put(LAST_ERROR_FN, FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG));
        m.put(BUILD_INFO_FN, FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG));
        m.put(SET_THREADS_FN, FunctionDescriptor.of(JAVA_INT, JAVA_INT));
        m.put(THREAD_COUNT_FN, FunctionDescriptor.of(JAVA_INT));
        // batch, capacity, count, params, path, path_flights, path_samples, path_stride
        m.put(INTEGRATE_FN, FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG, ADDRESS, ADDRESS,
                JAVA_LONG, JAVA_LONG, JAVA_LONG));
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Handle for a field of {@link #BF_PARAMS}: {@code set(segment, 0L, value)}. */
    static VarHandle paramsField(String name) {
        return BF_PARAMS.varHandle(MemoryLayout.PathElement.groupElement(name));
    }

    /** Binds {@code name} in {@code lookup}; a missing symbol names the library and the function. */
    @SuppressWarnings("restricted") // needs --enable-native-access; the provider reports a missing flag
    static MethodHandle bind(SymbolLookup lookup, String name, String libraryDescription) {
        FunctionDescriptor d = FUNCTIONS.get(name);
        var symbol = lookup.find(name).orElseThrow(() -> new IllegalStateException(
                libraryDescription + " has no symbol '" + name + "': it is not a ballflight library of ABI "
                        + ABI_VERSION));
        return Linker.nativeLinker().downcallHandle(symbol, d);
    }

}
