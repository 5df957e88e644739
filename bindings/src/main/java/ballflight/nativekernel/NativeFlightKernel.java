package ballflight.nativekernel;

import ballflight.kernel.BatchValidator;
import ballflight.kernel.CoefficientTable;
import ballflight.kernel.FlightBatch;
import ballflight.kernel.FlightKernel;
import ballflight.kernel.KernelParams;
import ballflight.kernel.PathBuffer;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The Rust RK4 kernel (native-rust) called through FFM. Batches are handed over in place: the
 * kernel reads and writes the {@link FlightBatch}'s off-heap segment, nothing is copied. Gives
 * the same bits as {@link ballflight.kernel.JavaFlightKernel} for any thread count.
 *
 * <p>Threads: the library runs large batches on its own rayon pool of {@link #threadCount()}
 * threads (chunks of 64 flights; smaller batches stay on the calling thread). The provider sets
 * it from the system property {@value NativeKernelProvider#THREADS_PROPERTY} (default: all
 * available processors); {@link #setThreads(int)} changes it for the whole process.
 *
 * <p>Thread-safe: calls from several Java threads may run at once.
 */
public final class NativeFlightKernel implements FlightKernel {
    private static final VarHandle DT = NativeAbi.paramsField("dt");
    private static final VarHandle MAX_STEPS = NativeAbi.paramsField("max_steps");
    private static final VarHandle GRAVITY = NativeAbi.paramsField("gravity");
    private static final VarHandle RADIUS = NativeAbi.paramsField("radius");
    private static final VarHandle CD0 = NativeAbi.paramsField("cd0");
    private static final VarHandle CD_SPIN = NativeAbi.paramsField("cd_spin_per_rad_per_s");
    private static final VarHandle CL0 = NativeAbi.paramsField("cl0");
    private static final VarHandle CL1 = NativeAbi.paramsField("cl1");
    private static final VarHandle CL2 = NativeAbi.paramsField("cl2");
    private static final VarHandle DECAY_HALF = NativeAbi.paramsField("decay_half_step");
    private static final VarHandle DECAY_FULL = NativeAbi.paramsField("decay_full_step");
    private static final VarHandle SHEAR_MIN = NativeAbi.paramsField("shear_min_height");
    private static final VarHandle DRAG_MODEL = NativeAbi.paramsField("drag_model");
    private static final VarHandle CRISIS_CD_DELTA = NativeAbi.paramsField("crisis_cd_delta");
    private static final VarHandle CRISIS_SPEED = NativeAbi.paramsField("crisis_speed");
    private static final VarHandle CRISIS_EXP_SCALE = NativeAbi.paramsField("crisis_exp_scale");
    private static final VarHandle TABLE = NativeAbi.paramsField("table");
    private static final VarHandle TABLE_SPEED_COUNT = NativeAbi.paramsField("table_speed_count");
    private static final VarHandle TABLE_SPIN_COUNT = NativeAbi.paramsField("table_spin_count");
    private static final VarHandle TABLE_SPEED_SCALE = NativeAbi.paramsField("table_speed_scale");
    private static final VarHandle TABLE_SPIN_SCALE = NativeAbi.paramsField("table_spin_scale");

    /** Per-thread BfParams struct; the automatic arena frees it once its thread is gone. */
    private static final ThreadLocal<MemorySegment> PARAMS =
            ThreadLocal.withInitial(() -> Arena.ofAuto().allocate(NativeAbi.BF_PARAMS));

    private final Path libraryPath;
    private final int abiVersion;
    private final MethodHandle integrate;
    private final MethodHandle lastError;
    private final MethodHandle buildInfo;
    private final MethodHandle setThreads;
    private final MethodHandle threadCount;

    /** Binds every function of an opened library; refuses one whose ABI version differs. */
    NativeFlightKernel(NativeLibraryLoader.Loaded lib) {
        this.libraryPath = lib.path();
        String where = "native library " + libraryPath;
        MethodHandle version = NativeAbi.bind(lib.lookup(), NativeAbi.ABI_VERSION_FN, where);
        try {
            this.abiVersion = (int) version.invokeExact();
        } catch (Throwable t) {
            throw new IllegalStateException("calling bf_abi_version in " + where + " failed", t);
        }
        if (abiVersion != NativeAbi.ABI_VERSION) {
            throw new IllegalStateException(where + " has ABI version " + abiVersion + " but these bindings need "
                    + NativeAbi.ABI_VERSION + ": rebuild it from the same commit (`make native`)");
        }
        this.integrate = NativeAbi.bind(lib.lookup(), NativeAbi.INTEGRATE_FN, where);
        this.lastError = NativeAbi.bind(lib.lookup(), NativeAbi.LAST_ERROR_FN, where);
        this.buildInfo = NativeAbi.bind(lib.lookup(), NativeAbi.BUILD_INFO_FN, where);
        this.setThreads = NativeAbi.bind(lib.lookup(), NativeAbi.SET_THREADS_FN, where);
        this.threadCount = NativeAbi.bind(lib.lookup(), NativeAbi.THREAD_COUNT_FN, where);
    }

    @Override
    public String name() {
        return "native";
    }

    @Override
    public String describe() {
        return "native (Rust RK4 via FFM; library " + libraryPath + ", abi " + abiVersion + ", "
                + threadCount() + " thread(s), build: " + buildInfo() + ")";
    }

    public Path libraryPath() {
        return libraryPath;
    }

    public int abiVersion() {
        return abiVersion;
    }

    @Override
    public void integrate(FlightBatch batch, KernelParams params, PathBuffer path) {
        BatchValidator.check(batch, params, path);
        integrateUnchecked(batch, params, path);
    }

    /** The downcall alone; the library still checks everything (tests use this to reach it). */
    void integrateUnchecked(FlightBatch batch, KernelParams params, PathBuffer path) {
        int rc;
        String error = null;
        // The table's off-heap memory belongs to an automatic arena: only this reference keeps it
        // alive while the native code reads it (see the fence below).
        CoefficientTable table = params.table();
        try {
            // One params struct per calling thread, reused: no arena is opened per call.
            MemorySegment p = PARAMS.get();
            writeParams(p, params);
            MemorySegment pathSegment = path == null ? MemorySegment.NULL : path.segment();
            long pathFlights = path == null ? 0 : path.flights();
            long pathSamples = path == null ? 0 : path.samplesPerFlight();
            long pathStride = path == null ? 0 : path.strideSteps();
            rc = (int) integrate.invokeExact(batch.segment(), (long) batch.capacity(), (long) batch.size(), p,
                    pathSegment, pathFlights, pathSamples, pathStride);
            if (rc != NativeAbi.OK) {
                // Same thread, right after the failing call: the thread-local message is ours.
                error = readString(lastError);
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("native call bf_integrate failed", t);
        } finally {
            Reference.reachabilityFence(table);
        }
        if (rc == NativeAbi.ERR_PANIC) {
            throw new NativeKernelPanic(error);
        }
        if (error != null) {
            throw new IllegalArgumentException("native kernel refused the batch (code " + rc + "): " + error);
        }
    }

    private static void writeParams(MemorySegment s, KernelParams k) {
        DT.set(s, 0L, k.dtSeconds());
        MAX_STEPS.set(s, 0L, k.maxSteps());
        GRAVITY.set(s, 0L, k.gravity());
        RADIUS.set(s, 0L, k.radius());
        CD0.set(s, 0L, k.cd0());
        CD_SPIN.set(s, 0L, k.cdSpinPerRadPerS());
        CL0.set(s, 0L, k.cl0());
        CL1.set(s, 0L, k.cl1());
        CL2.set(s, 0L, k.cl2());
        DECAY_HALF.set(s, 0L, k.decayHalfStep());
        DECAY_FULL.set(s, 0L, k.decayFullStep());
        SHEAR_MIN.set(s, 0L, k.shearMinHeight());
        DRAG_MODEL.set(s, 0L, (long) k.dragModel());
        CRISIS_CD_DELTA.set(s, 0L, k.crisisCdDelta());
        CRISIS_SPEED.set(s, 0L, k.crisisSpeed());
        CRISIS_EXP_SCALE.set(s, 0L, k.crisisExpScale());
        // The caller fences the table until the call returns: the struct only holds its address.
        CoefficientTable t = k.table();
        TABLE.set(s, 0L, t == null ? MemorySegment.NULL : t.segment());
        TABLE_SPEED_COUNT.set(s, 0L, t == null ? 0L : (long) t.speedCount());
        TABLE_SPIN_COUNT.set(s, 0L, t == null ? 0L : (long) t.spinCount());
        TABLE_SPEED_SCALE.set(s, 0L, t == null ? 0.0 : t.speedScale());
        TABLE_SPIN_SCALE.set(s, 0L, t == null ? 0.0 : t.spinScale());
    }

    /**
     * Native threads per call for the whole process: 1 = the calling thread only, 0 = one per
     * core. Results do not depend on it.
     *
     * @throws IllegalArgumentException if the library refuses the count
     */
    public void setThreads(int threads) {
        int rc;
        try {
            rc = (int) setThreads.invokeExact(threads);
        } catch (Throwable t) {
            throw new IllegalStateException("native call bf_set_threads failed", t);
        }
        if (rc != NativeAbi.OK) {
            throw new IllegalArgumentException(readString(lastError));
        }
    }

    public int threadCount() {
        try {
            return (int) threadCount.invokeExact();
        } catch (Throwable t) {
            throw new IllegalStateException("native call bf_thread_count failed", t);
        }
    }

    /** Version, target and SIMD features the library was compiled with. */
    public String buildInfo() {
        return readString(buildInfo);
    }

    /** Calls a {@code (char *buf, int64 len) -> int64 length} function twice: size, then text. */
    private static String readString(MethodHandle fn) {
        try {
            long n = (long) fn.invokeExact(MemorySegment.NULL, 0L);
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment buf = arena.allocate(n + 1);
                long m = (long) fn.invokeExact(buf, n + 1);
                byte[] bytes = buf.asSlice(0, Math.min(n, m)).toArray(ValueLayout.JAVA_BYTE);
                return new String(bytes, StandardCharsets.UTF_8);
            }
        } catch (Throwable t) {
            throw new IllegalStateException("reading a native message failed", t);
        }
    }
}
