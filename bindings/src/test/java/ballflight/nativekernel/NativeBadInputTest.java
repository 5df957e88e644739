package ballflight.nativekernel;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ballflight.kernel.BatchColumn;
import ballflight.kernel.FlightBatch;
import ballflight.kernel.KernelParams;
import ballflight.kernel.PathBuffer;
import ballflight.kernel.SimulationMode;
import ballflight.model.AeroParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad batches give a clear IllegalArgumentException from Java's checks and from the library's own. */
class NativeBadInputTest {
    private static final KernelParams PARAMS = KernelParams.of(AeroParameters.NATHAN,
            SimulationMode.EXTREME.dtSeconds());

    private NativeFlightKernel kernel;

    @BeforeEach
    void load() {
        kernel = NativeTestSupport.kernel();
    }

    private static FlightBatch batch(int n) {
        FlightBatch b = FlightBatch.allocate(n);
        new FlightMix(5).fill(b, n);
        return b;
    }

    @Test
    void nanColumnIsRefusedBeforeTheDowncall() {
        try (FlightBatch b = batch(3)) {
            b.set(BatchColumn.VZ, 2, Double.NaN);
            assertThatThrownBy(() -> kernel.integrate(b, PARAMS, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("flight 2: vz = NaN must be finite");
        }
    }

    @Test
    void libraryRefusesNanOnItsOwnWithTheSameWording() {
        try (FlightBatch b = batch(3)) {
            b.set(BatchColumn.DRAG_K, 1, Double.NaN);
            assertThatThrownBy(() -> kernel.integrateUnchecked(b, PARAMS, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("native kernel refused the batch")
                    .hasMessageContaining("flight 1: drag_k = NaN must be finite");
            b.set(BatchColumn.DRAG_K, 1, -0.5);
            assertThatThrownBy(() -> kernel.integrateUnchecked(b, PARAMS, null))
                    .hasMessageContaining("flight 1: drag_k = -0.5 must be >= 0");
        }
    }

    @Test
    void pathBufferSmallerThanTheBatchIsRefused() {
        try (FlightBatch b = batch(4); PathBuffer p = PathBuffer.allocate(3, 4, 1)) {
            assertThatThrownBy(() -> kernel.integrate(b, PARAMS, p))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("path buffer holds 3 flights but the batch has 4");
            assertThatThrownBy(() -> kernel.integrateUnchecked(b, PARAMS, p))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("path buffer holds 3 flights but the batch has 4");
        }
    }

    @Test
    void emptyBatchIsRefusedByTheLibrary() {
        try (FlightBatch b = batch(2)) {
            b.setSize(0);
            assertThatThrownBy(() -> kernel.integrateUnchecked(b, PARAMS, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("count = 0");
        }
    }

    @Test
    void badThreadCountIsRefused() {
        assertThatThrownBy(() -> kernel.setThreads(-3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("thread count = -3");
    }
}
