package ballflight.nativekernel;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.kernel.BatchColumn;
import ballflight.kernel.FlightBatch;
import ballflight.kernel.JavaFlightKernel;
import ballflight.kernel.KernelParams;
import ballflight.kernel.PathBuffer;
import ballflight.kernel.SimulationMode;
import ballflight.model.AeroParameters;
import ballflight.model.EndReason;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The native kernel gives the Java kernel's bits: every output column, every path value. */
class NativeParityTest {
    private static final int FLIGHTS_PER_MODE = 2600;
    private static final int PATH_SAMPLES = 48;

    private final JavaFlightKernel java = new JavaFlightKernel();
    private NativeFlightKernel nativeKernel;
    private int threadsBefore;

    @BeforeEach
    void load() {
        nativeKernel = NativeTestSupport.kernel();
        threadsBefore = nativeKernel.threadCount();
    }

    @AfterEach
    void restoreThreads() {
        if (nativeKernel != null) {
            nativeKernel.setThreads(threadsBefore);
        }
    }

    /** Java and native on identical copies of a random batch; returns the end reasons seen. */
    private Set<EndReason> compare(String what, long seed, int n, int capacity, KernelParams params,
                                   int pathSamples, int stride) {
        try (FlightBatch jb = FlightBatch.allocate(capacity); FlightBatch nb = FlightBatch.allocate(capacity);
             PathBuffer jp = pathSamples == 0 ? null : PathBuffer.allocate(n, pathSamples, stride);
             PathBuffer np = pathSamples == 0 ? null : PathBuffer.allocate(n, pathSamples, stride)) {
            new FlightMix(seed).fill(jb, n);
            new FlightMix(seed).fill(nb, n);
            for (int i = n; i < capacity; i++) {
                // Slots past the size are neither validated nor read: poison them.
                for (int c = 0; c < BatchColumn.COUNT; c++) {
                    jb.set(c, i, Double.NaN);
                    nb.set(c, i, Double.NaN);
                }
            }
            java.integrate(jb, params, jp);
            nativeKernel.integrate(nb, params, np);
            BitParity.assertSameBits(what, jb, nb, n);
            if (jp != null) {
                BitParity.assertSameBits(what, jp, np, n);
            }
            for (int i = n; i < capacity; i++) {
                assertThat(nb.get(BatchColumn.T_END, i)).as("slot past the size untouched").isNaN();
            }
            Set<EndReason> reasons = EnumSet.noneOf(EndReason.class);
            for (int i = 0; i < n; i++) {
                reasons.add(EndReason.ofCode(nb.get(BatchColumn.END_REASON, i)));
            }
            return reasons;
        }
    }

    @ParameterizedTest
    @EnumSource(SimulationMode.class)
    void randomFlightsMatchJavaBitForBit(SimulationMode mode) {
        KernelParams params = KernelParams.of(AeroParameters.NATHAN, mode.dtSeconds());
        // About one sample per 0.05 s: long flights overflow the buffer, short ones do not.
        int stride = (int) Math.max(1, Math.round(0.05 / mode.dtSeconds()));
        nativeKernel.setThreads(2);
        Set<EndReason> reasons = compare(mode.name(), 1000 + mode.ordinal(), FLIGHTS_PER_MODE,
                FLIGHTS_PER_MODE + 5, params, PATH_SAMPLES, stride);
        assertThat(reasons).as("the mix reaches the ground and the stop plane")
                .contains(EndReason.GROUND, EndReason.PLANE);
    }

    @ParameterizedTest
    @EnumSource(SimulationMode.class)
    void crisisModelMatchesBitForBit(SimulationMode mode) {
        // The drag-crisis law puts DeterministicMath.exp2 into every stage: both ports must agree.
        KernelParams params = KernelParams.of(AeroParameters.CRISIS, mode.dtSeconds());
        Set<EndReason> reasons = compare("crisis " + mode, 9100 + mode.ordinal(), 700, 703, params, 12, 40);
        assertThat(reasons).contains(EndReason.GROUND);
    }

    @ParameterizedTest
    @EnumSource(SimulationMode.class)
    void crisisTableModelMatchesBitForBit(SimulationMode mode) {
        // The table is read through the pointer in BfParams: same nodes, same bilinear operations.
        // One thread and two, so the lane kernel runs on the calling thread and on the pool.
        KernelParams params = KernelParams.of(AeroParameters.CRISIS_TABLE, mode.dtSeconds());
        for (int threads : new int[] {1, 2}) {
            nativeKernel.setThreads(threads);
            Set<EndReason> reasons = compare("crisis-table " + mode + ", " + threads + " thread(s)",
                    9300 + mode.ordinal(), 700, 703, params, 12, 40);
            assertThat(reasons).contains(EndReason.GROUND, EndReason.PLANE);
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(doubles = {0.001, 0.01, 0.1})
    void toleranceSteppingMatchesJavaBitForBit(double toleranceFt) {
        KernelParams params = KernelParams.of(AeroParameters.NATHAN, 0.01).withToleranceFt(toleranceFt);
        Set<EndReason> reasons = compare("tolerance " + toleranceFt, 5100, 600, 603, params, 12, 5);
        assertThat(reasons).contains(EndReason.GROUND, EndReason.PLANE);
        // The other drag laws, one and two threads, and a time limit that cuts flights off in the air.
        for (AeroParameters aero : new AeroParameters[] {AeroParameters.CRISIS, AeroParameters.CRISIS_TABLE}) {
            for (int threads : new int[] {1, 2}) {
                nativeKernel.setThreads(threads);
                KernelParams p = KernelParams.of(aero, 0.01, 1.5).withToleranceFt(toleranceFt);
                Set<EndReason> r = compare("tolerance " + toleranceFt + " " + aero.dragModel() + " 1.5 s, " + threads,
                        5200 + threads, 300, 300, p, 8, 3);
                assertThat(r).contains(EndReason.TIMEOUT);
            }
        }
    }

    @Test
    void timeLimitedFlightsMatch() {
        // A 1.5 s limit cuts most batted balls off in the air: TIMEOUT and the rising-apex rule.
        KernelParams params = KernelParams.of(AeroParameters.NATHAN, SimulationMode.FAST.dtSeconds(), 1.5);
        Set<EndReason> reasons = compare("1.5 s limit", 77, 800, 800, params, 16, 25);
        assertThat(reasons).contains(EndReason.TIMEOUT);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7, 64, 1000})
    void everyBatchSizeMatchesOnOneAndTwoThreads(int size) {
        // Size 1 takes the native scalar path, larger sizes the lane kernel (8 flights in lockstep).
        for (AeroParameters aero : new AeroParameters[] {AeroParameters.NATHAN, AeroParameters.CRISIS_TABLE}) {
            KernelParams params = KernelParams.of(aero, SimulationMode.ULTRA_FAST.dtSeconds());
            for (int threads : new int[] {1, 2}) {
                nativeKernel.setThreads(threads);
                compare(aero.dragModel().cliName() + ", " + size + " flights, " + threads + " thread(s)", 31 * size,
                        size, size, params, 8, 10);
            }
        }
    }

    @Test
    void largeBatchMatchesOnOneAndTwoThreads() {
        int size = 65_536;
        KernelParams params = KernelParams.of(AeroParameters.NATHAN, SimulationMode.EXTREME.dtSeconds());
        try (FlightBatch jb = FlightBatch.allocate(size); FlightBatch one = FlightBatch.allocate(size);
             FlightBatch two = FlightBatch.allocate(size)) {
            new FlightMix(65_536).fill(jb, size);
            new FlightMix(65_536).fill(one, size);
            new FlightMix(65_536).fill(two, size);
            java.integrate(jb, params, null);
            nativeKernel.setThreads(1);
            nativeKernel.integrate(one, params, null);
            nativeKernel.setThreads(2);
            nativeKernel.integrate(two, params, null);
            BitParity.assertSameBits("65536 flights, 1 thread", jb, one, size);
            BitParity.assertSameBits("65536 flights, 2 threads", jb, two, size);
        }
    }
}
